// Clientèle staff portal: photos of a report card (after uploads.js). Each chosen photo goes from the
// browser straight to the gateway's POST /api/documents (the client's shared file, visible to them:
// the card is shown to the client), and the stored document's id becomes a hidden input
// cards[i].photoDocumentIds[j] of the "Terminé" form, with its thumbnail and a "Retirer" button.
(function () {
  'use strict';

  var uploads = window.ClienteleUploads;
  var text = uploads.text;
  var MAX = 6;

  function renumber(card) {
    var index = card.getAttribute('data-index');
    Array.prototype.forEach.call(card.querySelectorAll('[data-photo] input[type=hidden]'), function (input, j) {
      input.name = 'cards[' + index + '].photoDocumentIds[' + j + ']';
    });
  }

  function addPhoto(form, card, stored) {
    var list = card.querySelector('[data-photos]');
    var item = document.createElement('li');
    item.setAttribute('data-photo', '');
    var input = document.createElement('input');
    input.type = 'hidden';
    input.value = stored.id;
    item.appendChild(input);
    var image = document.createElement('img');
    image.src = '/api/documents/' + encodeURIComponent(stored.id) + '/thumbnail';
    image.width = 64;
    image.height = 64;
    image.alt = text(form, 'photo', card.querySelector('legend').textContent);
    item.appendChild(image);
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn btn-secondary';
    remove.textContent = '×';
    remove.setAttribute('aria-label', text(form, 'remove', stored.name));
    remove.addEventListener('click', function () {
      item.remove();
      renumber(card);
      card.querySelector('[data-card-photos]').focus();
      card.querySelector('.upload-status').textContent = text(form, 'removed', stored.name);
    });
    item.appendChild(remove);
    list.appendChild(item);
    renumber(card);
  }

  function upload(form, card, input) {
    var queue = Array.prototype.slice.call(input.files);
    var status = card.querySelector('.upload-status');
    var bar = card.querySelector('progress');
    var sent = 0;
    form.setAttribute('aria-busy', 'true');

    function finish(message) {
      form.removeAttribute('aria-busy');
      bar.hidden = true;
      input.value = '';
      status.textContent = message;
    }

    function next() {
      var file = queue.shift();
      if (!file || card.querySelectorAll('[data-photo]').length >= MAX) {
        finish(text(form, 'done', String(sent)));
        return;
      }
      var data = new FormData();
      data.append('clientId', form.getAttribute('data-client-id'));
      data.append('purpose', 'REPORT_CARD_PHOTO');
      data.append('visibility', 'CLIENT_VISIBLE');
      data.append('file', file, file.name);
      status.textContent = text(form, 'sending', file.name);
      uploads.send('/api/documents', data, bar, function (stored) {
        addPhoto(form, card, stored);
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

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('[data-card-photos]')) {
      return;
    }
    var form = input.closest('[data-report-cards]');
    var card = input.closest('[data-testid=report-card]');
    if (form && card && input.files.length > 0) {
      upload(form, card, input);
    }
  });
})();
