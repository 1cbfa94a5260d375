// Clientèle staff portal: a product's picture (after uploads.js). The file goes from the browser straight to the
// gateway's POST /api/orders/products/{id}/picture (billing re-encodes it); the outcome in the form's live status
// (the problem's detail on a refusal), then the page loads again to show the new picture and say so.
(function () {
  'use strict';

  var uploads = window.ClienteleUploads;
  var form = document.querySelector('[data-picture-upload]');
  if (!form || !uploads) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var status = form.querySelector('[role=status]');
    var bar = form.querySelector('progress');
    var file = form.querySelector('input[type=file]').files[0];
    if (!file) {
      status.textContent = uploads.text(form, 'none');
      return;
    }
    var data = new FormData();
    data.append('file', file, file.name);
    status.textContent = uploads.text(form, 'sending', file.name);
    form.setAttribute('aria-busy', 'true');
    uploads.send(form.getAttribute('action'), data, bar, function () {
      status.textContent = uploads.text(form, 'done');
      // The page again, showing the new picture and saying so.
      window.location.assign(window.location.pathname + '?done=picture');
    }, function (xhr) {
      form.removeAttribute('aria-busy');
      bar.hidden = true;
      status.textContent = uploads.problemDetail(form, xhr);
    }, function () {
      form.removeAttribute('aria-busy');
      bar.hidden = true;
      status.textContent = uploads.text(form, 'network');
    });
  });
}());
