// Clientèle client portal, Mes messages: "Copier l'URL".
(function () {
  'use strict';

  // Copies the ticket's address (without the query: the same page for whoever opens it); the live
  // region next to the button says it was copied, or shows the address when the browser refuses
  // (no clipboard outside HTTPS or without permission), so it can still be copied by hand.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy-url]') : null;
    if (!button) {
      return;
    }
    var status = button.parentNode.querySelector('[data-copy-status]');
    var url = new URL(button.getAttribute('data-url') || window.location.pathname, window.location.href).href;
    function failed() {
      status.textContent = (button.getAttribute('data-msg-failed') || '') + ' ' + url;
    }
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      failed();
      return;
    }
    navigator.clipboard.writeText(url).then(function () {
      status.textContent = button.getAttribute('data-msg-copied');
    }, failed);
  });
})();
