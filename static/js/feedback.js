// "Was this page useful?": send the answer without leaving the page.
// Without JavaScript the form posts, and the site sends the reader back with a thank-you.
for (const form of document.querySelectorAll("[data-feedback]")) {
  const status = form.querySelector("[data-feedback-status]");
  form.addEventListener("submit", async (event) => {
    if (form.dataset.plain) return; // after a network error: an ordinary post
    event.preventDefault();
    const buttons = form.querySelectorAll("button[type=submit]");
    const answer = event.submitter;
    if (!answer) return;
    const body = new FormData(form, answer); // the answer is the button pressed (before it is disabled)
    buttons.forEach((button) => { button.disabled = true; });
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body,
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
        const question = form.querySelector(".feedback__question");
        form.replaceWith(question, thanks);
        thanks.focus();
        return;
      }
      const firstError = Object.values(data.errors || {}).flat()[0];
      status.textContent = firstError || data.message;
    } catch {
      buttons.forEach((button) => { button.disabled = false; });
      form.dataset.plain = "1";
      answer.click(); // the server answers without JavaScript too
      return;
    }
    buttons.forEach((button) => { button.disabled = false; });
  });
}
