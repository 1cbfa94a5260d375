// Clientèle staff portal: uploads of the client page's Documents section. The bytes go from the
// browser straight to the gateway's POST /api/documents (multipart, parts in the order the
// document-service reads them: clientId, purpose, visibility, then the file), so the portal never
// holds a file. Progress in the <progress> bar, outcome in the form's live status (the problem's
// detail on a refusal), then the files block asks for itself again through htmx.
(function () {
  'use strict';

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function text(form, name, fileName) {
    return (form.getAttribute('data-text-' + name) || '').replace('{0}', fileName || '');
  }

  // The refusal's own words (RFC 9457 detail, already in the user's language), else ours.
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

  function refreshFiles() {
    if (window.htmx) {
      window.htmx.trigger(document.body, 'documents-changed');
    } else {
      window.location.reload();
    }
  }

  // One file after the other: one bar, one status, the first refusal stops the rest.
  function upload(form, files) {
    var status = form.querySelector('[role=status]');
    var bar = form.querySelector('progress');
    var queue = Array.prototype.slice.call(files);
    var sent = 0;
    if (queue.length === 0) {
      status.textContent = text(form, 'none');
      return;
    }
    form.setAttribute('aria-busy', 'true');

    function finish(message) {
      form.removeAttribute('aria-busy');
      bar.hidden = true;
      status.textContent = message;
      if (sent > 0) {
        refreshFiles();
      }
    }

    function next() {
      var file = queue.shift();
      if (!file) {
        form.querySelector('input[type=file]').value = '';
        finish(text(form, 'done', String(sent)));
        return;
      }
      var data = new FormData();
      data.append('clientId', form.elements.clientId.value);
      data.append('purpose', form.elements.purpose.value);
      data.append('visibility', form.elements.visibility.value);
      data.append('file', file, file.name);

      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.getAttribute('action'));
      var token = xsrfToken();
      if (token) {
        xhr.setRequestHeader('X-XSRF-TOKEN', token);
      }
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      // The problem's detail in the language of the page, not only the browser's.
      xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'fr-CA');
      bar.value = 0;
      bar.hidden = false;
      status.textContent = text(form, 'sending', file.name);
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          bar.value = Math.round((event.loaded / event.total) * 100);
        }
      });
      xhr.addEventListener('load', function () {
        if (xhr.status >= 200 && xhr.status < 300) {
          sent += 1;
          next();
        } else {
          finish(file.name + ' : ' + problemDetail(form, xhr));
        }
      });
      xhr.addEventListener('error', function () {
        finish(text(form, 'network', file.name));
      });
      xhr.send(data);
    }
    next();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-upload')) {
      return;
    }
    event.preventDefault();
    upload(form, form.querySelector('input[type=file]').files);
  });

  function zoneOf(event) {
    return event.target.closest ? event.target.closest('[data-dropzone]') : null;
  }

  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var zone = zoneOf(event);
      if (zone) {
        event.preventDefault();
        zone.classList.add('dropzone-over');
      }
    });
  });

  document.addEventListener('dragleave', function (event) {
    var zone = zoneOf(event);
    if (zone && !zone.contains(event.relatedTarget)) {
      zone.classList.remove('dropzone-over');
    }
  });

  document.addEventListener('drop', function (event) {
    var zone = zoneOf(event);
    if (zone) {
      event.preventDefault();
      zone.classList.remove('dropzone-over');
      upload(zone.closest('form'), event.dataTransfer.files);
    }
  });
})();
