// Clientèle staff portal: uploads of the client page's Documents section (after uploads.js). The
// bytes go from the browser straight to the gateway's POST /api/documents (multipart, parts in the order the
// document-service reads them: clientId, purpose, visibility, then the file), so the portal never
// holds a file. Progress in the <progress> bar, outcome in the form's live status (the problem's
// detail on a refusal), then the files block asks for itself again through htmx.
(function () {
  'use strict';

  var uploads = window.ClienteleUploads;
  var text = uploads.text;

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

      status.textContent = text(form, 'sending', file.name);
      uploads.send(form.getAttribute('action'), data, bar, function () {
        sent += 1;
        next();
      }, function (xhr) {
        finish(file.name + ' : ' + uploads.problemDetail(form, xhr));
      }, function () {
        finish(text(form, 'network', file.name));
      });
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
