// Clientèle portals: CSRF for the gateway, which keeps the session and checks every state change.
// The gateway sets a readable XSRF-TOKEN cookie; each state-changing request sends it back.
(function () {
  'use strict';

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  // Every htmx request that changes state (hx-post, hx-put, hx-patch, hx-delete) carries the header.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = xsrfToken();
    if (token && event.detail.verb !== 'get') {
      event.detail.headers['X-XSRF-TOKEN'] = token;
    }
  });

  // The logout form is a plain POST to the gateway: the server filled _csrf from the cookie it
  // received; refresh it here in case the gateway issued a new token since the page was rendered.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-logout')) {
      return;
    }
    var token = xsrfToken();
    var field = form.querySelector('input[name="_csrf"]');
    if (token && field) {
      field.value = token;
    }
  }, true);
})();
