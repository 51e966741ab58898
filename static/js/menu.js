// Collapsible main menu on narrow screens. Without JavaScript the menu stays open.
const nav = document.querySelector("[data-menu]");
const toggle = nav?.querySelector("[data-menu-toggle]");
if (nav && toggle) {
  const narrow = window.matchMedia("(max-width: 47.99rem)");
  const collapse = (collapsed) => {
    nav.toggleAttribute("data-collapsed", collapsed);
    toggle.setAttribute("aria-expanded", String(!collapsed));
  };
  const sync = () => {
    toggle.hidden = !narrow.matches;
    collapse(narrow.matches);
  };
  toggle.addEventListener("click", () => collapse(!nav.hasAttribute("data-collapsed")));
  nav.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && narrow.matches && !nav.hasAttribute("data-collapsed")) {
      collapse(true);
      toggle.focus();
    }
  });
  narrow.addEventListener("change", sync);
  sync();
}
