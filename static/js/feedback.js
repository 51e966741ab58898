// "Was this page useful?": send the answer without leaving the page.
// Without JavaScript the form posts, and the site sends the reader back with a thank-you.
for (const form of document.querySelectorAll("[data-feedback]")) {
  const status = form.querySelector("[data-feedback-status]");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const data = await response.json();
      if (response.ok) {
        const thanks = document.createElement("p");
        thanks.className = "feedback__thanks";
        thanks.setAttribute("role", "status");
        thanks.tabIndex = -1;
        thanks.textContent = data.message;
        const question = document.createElement("p");
        question.className = "feedback__question";
        question.id = "feedback-question";
        question.textContent = form.querySelector("legend").textContent;
        form.replaceWith(question, thanks);
        thanks.focus();
        return;
      }
      const firstError = Object.values(data.errors || {}).flat()[0];
      status.textContent = firstError || data.message;
    } catch {
      form.submit(); // the server answers without JavaScript too
      return;
    }
    button.disabled = false;
  });
}
