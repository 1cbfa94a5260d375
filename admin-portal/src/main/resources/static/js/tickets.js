// Clientèle staff portal: the reply form of a ticket (after uploads.js). Attachments go from the browser straight to
// the gateway's POST /api/documents (purpose ATTACHMENT, the ticket's client and id; kept for staff
// when the message is an internal note), and each stored file's {documentId, name, contentType,
// size} becomes hidden inputs attachments[i].* of the form, so the reply carries them. A canned
// reply is inserted in the rich-text editor here (without the editor, the server inserts it).
(function () {
  'use strict';

  var uploads = window.ClienteleUploads;
  var text = uploads.text;

  // The "Note interne" box, or on a call (staff-only ticket) a hidden field that is always true.
  function internal(form) {
    var field = form.querySelector('input[name=internal]:not([type=hidden]), input[type=hidden][name=internal][value=true]');
    return field !== null && (field.type === 'hidden' || field.checked);
  }

  // Hidden inputs numbered from 0 again after a removal, so the list binds without holes.
  function renumber(list) {
    Array.prototype.forEach.call(list.querySelectorAll('[data-attachment]'), function (item, index) {
      Array.prototype.forEach.call(item.querySelectorAll('input[type=hidden]'), function (input) {
        input.name = input.name.replace(/attachments\[\d+\]/, 'attachments[' + index + ']');
      });
    });
  }

  function addAttachment(form, file) {
    var list = form.querySelector('[data-attachments]');
    var item = document.createElement('li');
    item.setAttribute('data-attachment', '');
    [['documentId', file.id], ['name', file.name], ['contentType', file.contentType], ['size', file.size]]
      .forEach(function (pair) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = 'attachments[0].' + pair[0];
        input.value = pair[1] === undefined || pair[1] === null ? '' : String(pair[1]);
        item.appendChild(input);
      });
    var name = document.createElement('span');
    name.textContent = file.name;
    item.appendChild(name);
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn btn-secondary';
    remove.textContent = '×';
    remove.setAttribute('aria-label', text(form, 'remove', file.name));
    remove.addEventListener('click', function () {
      item.remove();
      renumber(list);
      form.querySelector('[data-attach]').focus();
      form.querySelector('.upload-status').textContent = text(form, 'removed', file.name);
    });
    item.appendChild(remove);
    list.appendChild(item);
    renumber(list);
  }

  function upload(form, input) {
    var queue = Array.prototype.slice.call(input.files);
    var status = form.querySelector('.upload-status');
    var bar = form.querySelector('.attach progress');
    var sent = 0;
    if (queue.length === 0) {
      return;
    }
    form.setAttribute('aria-busy', 'true');

    function finish(message) {
      form.removeAttribute('aria-busy');
      bar.hidden = true;
      input.value = '';
      status.textContent = message;
    }

    function next() {
      var file = queue.shift();
      if (!file) {
        finish(text(form, 'done', String(sent)));
        return;
      }
      var data = new FormData();
      data.append('clientId', form.getAttribute('data-client-id'));
      data.append('purpose', 'ATTACHMENT');
      data.append('visibility', internal(form) ? 'STAFF_ONLY' : 'CLIENT_VISIBLE');
      data.append('ticketId', form.getAttribute('data-ticket-id'));
      data.append('file', file, file.name);
      status.textContent = text(form, 'sending', file.name);
      uploads.send('/api/documents', data, bar, function (stored) {
        addAttachment(form, stored);
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

  // Only the editor's allow-list, without attributes: the canned body is the service's sanitised
  // HTML, cleaned again here before it enters the editable area.
  var ALLOWED = ['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'UL', 'OL', 'LI'];

  function cleaned(html) {
    var source = new DOMParser().parseFromString(html, 'text/html').body;
    var target = document.createDocumentFragment();
    (function copy(from, to) {
      Array.prototype.forEach.call(from.childNodes, function (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          to.appendChild(document.createTextNode(node.nodeValue));
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (ALLOWED.indexOf(node.tagName) >= 0) {
            var element = document.createElement(node.tagName.toLowerCase());
            to.appendChild(element);
            copy(node, element);
          } else {
            copy(node, to);
          }
        }
      });
    })(source, target);
    return target;
  }

  // Capture phase: runs before htmx's own handler on the button, which is then not asked.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-canned-insert]') : null;
    if (!button) {
      return;
    }
    var form = button.closest('form');
    var editable = form.querySelector('[data-rich-editor] [contenteditable=true]');
    var option = form.querySelector('select[name=canned]').selectedOptions[0];
    if (!editable || !option || !option.value) {
      return; // No editor (or nothing chosen): the server inserts the reply, or says nothing.
    }
    event.preventDefault();
    event.stopPropagation();
    editable.appendChild(cleaned(option.getAttribute('data-body') || ''));
    // The editor copies its content into the textarea on input.
    editable.dispatchEvent(new Event('input', {bubbles: true}));
    editable.focus();
  }, true);

  document.addEventListener('change', function (event) {
    var target = event.target;
    var form = target.closest ? target.closest('form[data-reply]') : null;
    if (!form) {
      return;
    }
    if (target.hasAttribute('data-attach')) {
      upload(form, target);
    } else if (target.name === 'internal') {
      // Files already sent have the other visibility: an internal note's file must not reach the client.
      var items = form.querySelectorAll('[data-attachment]');
      if (items.length > 0) {
        Array.prototype.forEach.call(items, function (item) { item.remove(); });
        form.querySelector('.upload-status').textContent = text(form, 'visibility');
      }
    }
  });

  // After an action the ticket's body is new and the focused button gone: keyboard and screen-reader
  // users are taken to what the answer says (the first field to correct, a refusal, else the notice).
  document.addEventListener('htmx:afterSettle', function (event) {
    if (!event.detail.target || event.detail.target.id !== 'ticket-body') {
      return;
    }
    var body = document.getElementById('ticket-body');
    var candidates = body.querySelectorAll('[aria-invalid=true], [role=alert], [data-testid=ticket-done]');
    var target = Array.prototype.filter.call(candidates, function (element) {
      return element.offsetParent !== null;
    })[0];
    if (target) {
      if (!/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName) && !target.hasAttribute('tabindex')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus();
    }
  });
})();
