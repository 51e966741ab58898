// The event page is cached for every reader: the places left come from availability/ (never cached).
// Without JavaScript the page keeps its link to the registration page, which says the same.
const box = document.querySelector("[data-availability-url]");
if (box) {
  const text = box.querySelector("[data-availability-text]");
  const deadline = box.querySelector("[data-availability-deadline]");
  const link = box.querySelector("[data-register-link]");
  fetch(box.dataset.availabilityUrl, { cache: "no-store", headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((places) => {
      text.textContent = places.text;
      if (deadline) {
        deadline.textContent = places.deadline || "";
        deadline.hidden = !places.deadline;
      }
      if (link) {
        if (places.register_url) {
          link.textContent = places.register_label;
          link.href = places.register_url;
        } else {
          link.closest("p").hidden = true;
        }
      }
    })
    .catch(() => {}); // the link to the registration page stays: it shows the same facts
}
