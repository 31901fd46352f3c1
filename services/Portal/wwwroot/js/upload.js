// Forms marked data-upload send their file with a progress bar, then show the page the portal answers
// in place of the current one. Without script the same form posts as usual.
(function () {
  "use strict";
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("[data-upload]")) return;
    const file = form.querySelector("input[type=file]");
    if (!file || file.files.length === 0) return; // the portal says what is missing
    event.preventDefault();
    const progress = form.querySelector("progress");
    const button = form.querySelector("button[type=submit]");
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.upload.addEventListener("progress", (e) => {
      if (!e.lengthComputable) return;
      progress.max = e.total;
      progress.value = e.loaded;
    });
    request.addEventListener("load", () => {
      const answer = new DOMParser().parseFromString(request.responseText, "text/html");
      const main = answer.querySelector("main");
      if (!main) { form.submit(); return; }
      document.querySelector("main").replaceWith(main);
      document.title = answer.title;
      // Focus where the reader must look: the refused file's field, else the page's content.
      const refused = main.querySelector("input[aria-invalid=true]");
      (refused ?? main).focus();
    });
    request.addEventListener("error", () => form.submit());
    progress.hidden = false;
    button.disabled = true;
    request.send(new FormData(form));
  });
})();
