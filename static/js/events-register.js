// Registration form: category first, then only the fields that category needs.
// Without JavaScript every group is shown under a heading saying whom it is for.
const form = document.querySelector("[data-registration-form]");
if (form) {
  const groups = [...form.querySelectorAll("[data-category-group]")];
  const chosen = () => form.querySelector('input[name="category"]:checked')?.value || "";
  const sync = () => {
    const category = chosen();
    for (const group of groups) {
      const show = group.dataset.categoryGroup.split(" ").includes(category);
      group.hidden = !show;
      // Hidden fields are not sent either: the category decides what we keep.
      for (const field of group.querySelectorAll("input, select, textarea")) field.disabled = !show;
    }
  };
  form.addEventListener("change", (event) => {
    if (event.target.name === "category") sync();
  });
  sync();
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
}
