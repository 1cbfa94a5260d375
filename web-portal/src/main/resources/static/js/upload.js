// Clientèle client portal: photo uploads (profile, pets), message attachments and vaccination proofs. A file goes from the browser straight
// to the document-service through the gateway (POST /api/documents, multipart, streamed there):
// the portal never holds it. The XHR gives the upload progress; the gateway's CSRF rule wants the
// X-XSRF-TOKEN header (from its XSRF-TOKEN cookie). Texts come from the form's data-msg-* attributes.
(function () {
  'use strict';

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function problemDetail(xhr) {
    try {
      var problem = JSON.parse(xhr.responseText);
      return problem && (problem.detail || problem.title);
    } catch (notJson) {
      return null;
    }
  }

  // Every element showing this photo becomes (or stays) an <img> of the new thumbnail.
  function showPhoto(form, documentId) {
    var src = '/api/documents/' + encodeURIComponent(documentId) + '/thumbnail';
    var targets = document.querySelectorAll(form.getAttribute('data-targets'));
    Array.prototype.forEach.call(targets, function (element) {
      if (element.tagName === 'IMG') {
        element.src = src;
        return;
      }
      var image = document.createElement('img');
      var classes = (element.getAttribute('class') || '').replace('user-icon', 'user-photo');
      if (classes.indexOf('avatar') >= 0 || classes.indexOf('pet-photo') >= 0) {
        classes = classes.replace('pet-photo-none', '') + ' avatar-photo';
      }
      image.setAttribute('class', classes.trim());
      Array.prototype.forEach.call(element.attributes, function (attribute) {
        if (attribute.name.indexOf('data-') === 0 && attribute.name !== 'data-client-initials'
            && attribute.name !== 'data-testid') {
          image.setAttribute(attribute.name, attribute.value);
        }
      });
      image.alt = form.getAttribute('data-alt') || '';
      image.src = src;
      element.parentNode.replaceChild(image, element);
    });
  }

  /**
   * Sends one file to POST /api/documents as multipart: the fields first (the service reads the
   * ids and purpose before the file), then the file. on.progress(percent), on.done(document JSON),
   * on.failed(the service's problem detail or null).
   */
  function send(fields, file, on) {
    var data = new FormData();
    Object.keys(fields).forEach(function (name) {
      if (fields[name]) {
        data.append(name, fields[name]);
      }
    });
    data.append('file', file, file.name);

    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    var token = xsrfToken();
    if (token) {
      xhr.setRequestHeader('X-XSRF-TOKEN', token);
    }
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'fr');
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        on.progress(Math.round(100 * event.loaded / event.total));
      }
    });
    xhr.addEventListener('load', function () {
      var answer = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (unreadable) {
        answer = null;
      }
      if (xhr.status === 201 && answer && answer.id) {
        on.done(answer);
      } else {
        on.failed(problemDetail(xhr));
      }
    });
    xhr.addEventListener('error', function () {
      on.failed(null);
    });
    xhr.send(data);
  }

  function upload(form) {
    var input = form.querySelector('input[type=file]');
    var status = form.querySelector('[data-upload-status]');
    var progress = form.querySelector('progress');
    var button = form.querySelector('button[type=submit]');
    if (!input.files || input.files.length === 0) {
      status.textContent = form.getAttribute('data-msg-none');
      input.focus();
      return;
    }
    function finished() {
      button.disabled = false;
      progress.hidden = true;
    }
    button.disabled = true;
    progress.value = 0;
    progress.hidden = false;
    status.textContent = form.getAttribute('data-msg-uploading');
    send({
      clientId: form.getAttribute('data-client-id'),
      purpose: form.getAttribute('data-purpose'),
      petId: form.getAttribute('data-pet-id')
    }, input.files[0], {
      progress: function (percent) {
        progress.value = percent;
      },
      done: function (stored) {
        finished();
        status.textContent = form.getAttribute('data-msg-done');
        form.setAttribute('data-uploaded', stored.id);
        input.value = '';
        showPhoto(form, stored.id);
      },
      failed: function (detail) {
        finished();
        status.textContent = detail || form.getAttribute('data-msg-failed');
      }
    });
  }

  // ---- Attachments of a message ("Joindre des fichiers", Mes messages) ----
  // <div data-attachments data-client-id data-ticket-id data-max data-msg-*> holds a file input,
  // a progress bar, a live status and <ul data-attachment-list>. Each chosen file is uploaded at
  // once (purpose ATTACHMENT, for that ticket), one after the other; each stored file becomes an
  // item of the list with hidden inputs attachments[i].documentId, .name, .contentType, .size, so
  // the message's own form posts them, and a button to take it off again. The form is not sent
  // while a file is still on its way.

  function message(box, name, file) {
    return (box.getAttribute('data-msg-' + name) || '').replace('{0}', file || '');
  }

  function sizeText(bytes) {
    var french = (document.documentElement.lang || 'fr').indexOf('en') !== 0;
    if (bytes < 1024) {
      return bytes + (french ? ' o' : ' B');
    }
    if (bytes < 1024 * 1024) {
      return Math.ceil(bytes / 1024) + (french ? ' Ko' : ' KB');
    }
    var mega = (bytes / (1024 * 1024)).toFixed(1);
    return (french ? mega.replace('.', ',') + ' Mo' : mega + ' MB');
  }

  /**
   * One file of a box (a message's attachments, a vaccination's proof) on its way: the box is
   * pending (its form waits), its progress bar and live status follow the upload; then the
   * caller's on.done(stored) or on.failed(detail).
   */
  function sendFrom(box, fields, file, on) {
    var status = box.querySelector('[data-upload-status]');
    var progress = box.querySelector('progress');
    box.setAttribute('data-pending', '');
    progress.value = 0;
    progress.hidden = false;
    status.textContent = message(box, 'uploading', file.name);
    send(fields, file, {
      progress: function (percent) {
        progress.value = percent;
      },
      done: on.done,
      failed: on.failed
    });
  }

  /** attachments[0], [1] … in the list's order, so that the form binds a list without holes. */
  function renumber(list) {
    Array.prototype.forEach.call(list.querySelectorAll('[data-attachment]'), function (item, index) {
      Array.prototype.forEach.call(item.querySelectorAll('input[type=hidden]'), function (input) {
        input.name = input.name.replace(/^attachments\[\d+\]/, 'attachments[' + index + ']');
      });
    });
  }

  function hidden(name, value) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    return input;
  }

  function addAttachment(box, stored) {
    var list = box.querySelector('[data-attachment-list]');
    var index = list.querySelectorAll('[data-attachment]').length;
    var item = document.createElement('li');
    item.setAttribute('data-attachment', '');
    item.setAttribute('data-testid', 'attachment');
    var name = document.createElement('span');
    name.textContent = stored.name + ' (' + sizeText(stored.size) + ')';
    item.appendChild(name);
    ['documentId', 'name', 'contentType', 'size'].forEach(function (field) {
      var value = field === 'documentId' ? stored.id : stored[field];
      item.appendChild(hidden('attachments[' + index + '].' + field, value));
    });
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link-button';
    remove.setAttribute('data-attachment-remove', '');
    remove.setAttribute('data-testid', 'attachment-remove');
    remove.textContent = box.getAttribute('data-msg-remove') || 'Retirer';
    remove.setAttribute('aria-label', message(box, 'remove-label', stored.name));
    item.appendChild(remove);
    list.appendChild(item);
  }

  function attach(box, files) {
    var status = box.querySelector('[data-upload-status]');
    var progress = box.querySelector('progress');
    var max = parseInt(box.getAttribute('data-max') || '10', 10);
    var queue = Array.prototype.slice.call(files);
    var room = max - box.querySelectorAll('[data-attachment]').length;
    if (queue.length > room) {
      status.textContent = message(box, 'too-many', String(max));
      queue = queue.slice(0, Math.max(room, 0));
    }
    function next() {
      var file = queue.shift();
      if (!file) {
        box.removeAttribute('data-pending');
        progress.hidden = true;
        return;
      }
      sendFrom(box, {
        clientId: box.getAttribute('data-client-id'),
        purpose: 'ATTACHMENT',
        ticketId: box.getAttribute('data-ticket-id')
      }, file, {
        done: function (stored) {
          addAttachment(box, stored);
          status.textContent = message(box, 'done', stored.name);
          next();
        },
        failed: function (detail) {
          status.textContent = message(box, 'failed', file.name) + (detail ? ' ' + detail : '');
          next();
        }
      });
    }
    next();
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    var box = input.closest ? input.closest('[data-attachments]') : null;
    if (!box || input.type !== 'file' || !input.files || input.files.length === 0) {
      return;
    }
    attach(box, input.files);
    input.value = '';
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-attachment-remove]') : null;
    if (!button) {
      return;
    }
    var box = button.closest('[data-attachments]');
    var item = button.closest('[data-attachment]');
    var name = item.querySelector('input[name$=".name"]');
    item.parentNode.removeChild(item);
    renumber(box.querySelector('[data-attachment-list]'));
    box.querySelector('[data-upload-status]').textContent = message(box, 'removed', name ? name.value : '');
    box.querySelector('input[type=file]').focus();
  });

  // ---- Proof of a vaccination (Mes animaux) ----
  // <div data-proof-upload data-client-id data-pet-id data-msg-*> inside a vaccination's form holds
  // a file input, a progress bar and a live status. The chosen file is uploaded at once (purpose
  // VACCINATION_PROOF, for that pet); its id goes into the form's hidden [data-proof-id] input,
  // which the form posts. The form is not sent while the file is on its way.

  document.addEventListener('change', function (event) {
    var input = event.target;
    var box = input.closest ? input.closest('[data-proof-upload]') : null;
    if (!box || input.type !== 'file' || !input.files || input.files.length === 0) {
      return;
    }
    var file = input.files[0];
    var status = box.querySelector('[data-upload-status]');
    var progress = box.querySelector('progress');
    var proofId = box.closest('form').querySelector('[data-proof-id]');
    sendFrom(box, {
      clientId: box.getAttribute('data-client-id'),
      purpose: 'VACCINATION_PROOF',
      petId: box.getAttribute('data-pet-id')
    }, file, {
      done: function (stored) {
        proofId.value = stored.id;
        box.removeAttribute('data-pending');
        progress.hidden = true;
        box.setAttribute('data-uploaded', stored.id);
        status.textContent = message(box, 'done', file.name);
      },
      failed: function (detail) {
        box.removeAttribute('data-pending');
        progress.hidden = true;
        input.value = '';
        status.textContent = message(box, 'failed', file.name) + (detail ? ' ' + detail : '');
      }
    });
  });

  // Capture, before htmx's own listener: a message (or a vaccination) is not sent without the
  // files still uploading.
  document.addEventListener('submit', function (event) {
    var box = event.target.querySelector
      ? event.target.querySelector('[data-attachments][data-pending], [data-proof-upload][data-pending]')
      : null;
    if (box) {
      event.preventDefault();
      event.stopImmediatePropagation();
      box.querySelector('[data-upload-status]').textContent = message(box, 'wait');
    }
  }, true);

  // Delegated: the pets section is swapped by htmx, its forms come and go.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-upload')) {
      return;
    }
    event.preventDefault();
    upload(form);
  });
})();
