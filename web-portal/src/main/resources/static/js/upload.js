// Clientèle client portal: photo uploads (profile, pets). The file goes from the browser straight
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
    // The service reads the parts in this order: the ids and purpose, then the file.
    var data = new FormData();
    data.append('clientId', form.getAttribute('data-client-id'));
    data.append('purpose', form.getAttribute('data-purpose'));
    if (form.getAttribute('data-pet-id')) {
      data.append('petId', form.getAttribute('data-pet-id'));
    }
    data.append('file', input.files[0], input.files[0].name);

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
        progress.value = Math.round(100 * event.loaded / event.total);
      }
    });
    xhr.addEventListener('load', function () {
      button.disabled = false;
      progress.hidden = true;
      if (xhr.status === 201) {
        var documentId = null;
        try {
          documentId = JSON.parse(xhr.responseText).id;
        } catch (unreadable) {
          documentId = null;
        }
        status.textContent = form.getAttribute('data-msg-done');
        form.setAttribute('data-uploaded', documentId || '');
        input.value = '';
        if (documentId) {
          showPhoto(form, documentId);
        }
      } else {
        status.textContent = problemDetail(xhr) || form.getAttribute('data-msg-failed');
      }
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      progress.hidden = true;
      status.textContent = form.getAttribute('data-msg-failed');
    });
    button.disabled = true;
    progress.value = 0;
    progress.hidden = false;
    status.textContent = form.getAttribute('data-msg-uploading');
    xhr.send(data);
  }

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
