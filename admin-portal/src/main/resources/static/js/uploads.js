// Clientèle staff portal: what the upload scripts (documents.js, tickets.js) share. Files go from
// the browser straight to the gateway's POST /api/documents, so the portal never holds one: the
// gateway's CSRF header from its XSRF-TOKEN cookie, the page's language for the problem's words,
// progress in a <progress> bar, and the RFC 9457 detail when the document-service refuses.
window.ClienteleUploads = (function () {
  'use strict';

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  // A text of the form in the user's language (data-text-<name>), {0} replaced.
  function text(form, name, value) {
    return (form.getAttribute('data-text-' + name) || '').replace('{0}', value || '');
  }

  // The refusal's own words (RFC 9457 detail, already in the user's language), else the form's.
  function problemDetail(form, xhr) {
    try {
      var problem = JSON.parse(xhr.responseText);
      if (problem && problem.detail) {
        return problem.detail;
      }
    } catch (notJson) {
      // A proxy's page, not a problem: the generic text below.
    }
    return text(form, 'failed', '') + ' (' + xhr.status + ')';
  }

  // One multipart POST (parts in the order the document-service reads them, the file last);
  // stored(answer) on a 2xx, refused(xhr) otherwise, lost() when the network failed.
  function send(url, data, bar, stored, refused, lost) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    var token = xsrfToken();
    if (token) {
      xhr.setRequestHeader('X-XSRF-TOKEN', token);
    }
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'fr-CA');
    bar.value = 0;
    bar.hidden = false;
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        bar.value = Math.round((event.loaded / event.total) * 100);
      }
    });
    xhr.addEventListener('load', function () {
      if (xhr.status >= 200 && xhr.status < 300) {
        stored(xhr.responseText ? JSON.parse(xhr.responseText) : null);
      } else {
        refused(xhr);
      }
    });
    xhr.addEventListener('error', lost);
    xhr.send(data);
  }

  return {text: text, problemDetail: problemDetail, send: send};
})();
