// Search suggestions: the ARIA 1.2 combobox pattern (list autocomplete).
// Without JavaScript the search box is a plain form field.
const DELAY_MS = 150;

for (const box of document.querySelectorAll("[data-combobox]")) {
  const input = box.querySelector("[data-combobox-input]");
  const listbox = box.querySelector("[data-combobox-listbox]");
  const status = box.querySelector("[data-combobox-status]");
  const url = box.dataset.suggestUrl;
  let timer = null;
  let active = -1;
  let controller = null;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  const options = () => [...listbox.querySelectorAll("[role=option]")];

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index) => {
    const items = options();
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index >= 0 && items[index]) {
      input.setAttribute("aria-activedescendant", items[index].id);
      items[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const show = (suggestions) => {
    listbox.replaceChildren(
      ...suggestions.map((s, i) => {
        const li = document.createElement("li");
        li.id = `${listbox.id}-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.dataset.url = s.url;
        li.textContent = s.title;
        li.addEventListener("mousedown", (event) => event.preventDefault());
        li.addEventListener("click", () => { window.location.href = s.url; });
        return li;
      }),
    );
    const open = suggestions.length > 0;
    listbox.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    status.textContent = open ? `${suggestions.length}` : "";
    active = -1;
  };

  const fetchSuggestions = async () => {
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`${url}?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const data = await response.json();
      if (input.value.trim() === q) show(data.suggestions || []);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    const items = options();
    if (event.key === "ArrowDown") {
      if (listbox.hidden) { fetchSuggestions(); return; }
      event.preventDefault();
      highlight(Math.min(active + 1, items.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (event.key === "Enter" && active >= 0 && items[active]) {
      event.preventDefault();
      window.location.href = items[active].dataset.url;
    } else if (event.key === "Escape") {
      if (!listbox.hidden) { event.preventDefault(); close(); } else { input.value = ""; }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}
