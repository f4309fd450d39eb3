// Progressive enhancement only: the app works without this file.
// Keyboard shortcuts on the draft page (ignored while typing): "a" moves focus to "Approve and send"
// (Enter then sends: one stray key must never send a letter to a hospital), "n" opens the next draft.
// Submit buttons marked data-prevent-double-click are disabled after the first click (the server is
// idempotent anyway: a double click sends once).
(function () {
  "use strict";
  function typing(el) {
    if (!el) { return false; }
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var approve = document.querySelector("[data-shortcut='approve']");
    var next = document.querySelector("[data-shortcut='next']");
    if (event.key === "a" && approve) {
      event.preventDefault();
      approve.focus();
      approve.scrollIntoView({block: "center"});
    } else if (event.key === "n" && next) {
      event.preventDefault();
      next.click();
    }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitted === "1") { event.preventDefault(); return; }
    form.dataset.submitted = "1";
  });
})();
