// Buttons marked data-sign: the person's signer signs the base64 value of the field named by
// data-source with the key of data-key-type; the signature goes into data-target and the form is sent.
(function () {
  "use strict";
  const url = document.querySelector('meta[name="ncalayer-url"]').content;

  document.querySelectorAll("[data-sign]").forEach((button) => {
    button.addEventListener("click", async () => {
      const form = button.closest("form");
      const status = document.querySelector("[data-sign-status]");
      const say = (text) => { if (status) status.textContent = text; };
      const signer = new window.NcaLayer(url);
      button.disabled = true;
      try {
        say(button.dataset.msgConnecting);
        await signer.connect();
        say(button.dataset.msgSigning);
        const data = document.getElementById(button.dataset.source).value;
        const signature = await signer.createCAdESFromBase64(button.dataset.keyType, data, button.dataset.attach === "true");
        document.getElementById(button.dataset.target).value = signature;
        form.submit();
      } catch (error) {
        say(button.dataset.msgFailed + " (" + error.message + ")");
        button.disabled = false;
      } finally {
        signer.close();
      }
    });
  });

  // After a refusal the page moves focus to what went wrong, so a screen reader reads it first.
  const problem = document.getElementById("problem") || document.querySelector(".field-error");
  if (problem) {
    const target = problem.id === "problem" ? problem : document.getElementById(problem.id.replace(/-error$/, "")) || problem;
    target.focus();
  }
})();
