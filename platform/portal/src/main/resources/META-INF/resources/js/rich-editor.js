// Clientèle portals: the small, self-hosted rich-text editor of messages (no CDN, no inline script:
// the CSP allows scripts from the portal's own origin only).
//
// Markup (the textarea stays the form field, so the form works without JavaScript):
//   <div class="rich-editor" data-rich-editor
//        data-label-toolbar="Mise en forme" data-label-bold="Gras" data-label-italic="Italique"
//        data-label-underline="Souligné" data-label-bullets="Liste à puces" data-label-numbers="Liste numérotée">
//     <label for="body">Message</label>
//     <textarea id="body" name="body"></textarea>
//   </div>
// (kit/form :: field-rich-text renders it with the labels in the page's language.)
//
// The script hides the textarea and puts in its place a toolbar (buttons with aria-pressed, one tab
// stop, arrow keys move between them) and a contenteditable role="textbox" aria-multiline="true"
// named by the textarea's label and described by its hint or error. Ctrl/Cmd+B, I, U format the
// selection. What is pasted or dropped keeps only the elements the server's sanitiser allows
// (p, br, strong, b, em, i, u, ul, ol, li, no attributes): Word's and web pages' styles, links,
// images and scripts are dropped, their text kept. Every change is copied, cleaned the same way,
// into the textarea. The server sanitises again: this cleaning is for what the writer sees, not
// for safety.
(function () {
  'use strict';

  var ALLOWED = { P: 1, BR: 1, STRONG: 1, B: 1, EM: 1, I: 1, U: 1, UL: 1, OL: 1, LI: 1 };
  // Dropped with everything inside them.
  var DROPPED = {
    SCRIPT: 1, STYLE: 1, HEAD: 1, TITLE: 1, META: 1, LINK: 1, IFRAME: 1, FRAME: 1, OBJECT: 1, EMBED: 1,
    TEMPLATE: 1, NOSCRIPT: 1, SVG: 1, MATH: 1, IMG: 1, VIDEO: 1, AUDIO: 1, CANVAS: 1, INPUT: 1,
    SELECT: 1, TEXTAREA: 1, BUTTON: 1, XML: 1
  };
  // Blocks whose text becomes a paragraph (a table cell, a heading, a Word "MsoNormal" div).
  var BLOCKS = {
    DIV: 1, H1: 1, H2: 1, H3: 1, H4: 1, H5: 1, H6: 1, BLOCKQUOTE: 1, PRE: 1, ADDRESS: 1, SECTION: 1,
    ARTICLE: 1, HEADER: 1, FOOTER: 1, ASIDE: 1, NAV: 1, MAIN: 1, FIGURE: 1, FIGCAPTION: 1, TR: 1,
    DT: 1, DD: 1, CAPTION: 1
  };
  var INLINE_ALLOWED = { BR: 1, STRONG: 1, B: 1, EM: 1, I: 1, U: 1 };

  var COMMANDS = [
    { name: 'bold', command: 'bold', key: 'b', label: 'Gras', text: 'B', tags: ['B', 'STRONG'] },
    { name: 'italic', command: 'italic', key: 'i', label: 'Italique', text: 'I', tags: ['I', 'EM'] },
    { name: 'underline', command: 'underline', key: 'u', label: 'Souligné', text: 'U', tags: ['U'] },
    { name: 'bullets', command: 'insertUnorderedList', label: 'Liste à puces', text: '•', tags: ['UL'] },
    { name: 'numbers', command: 'insertOrderedList', label: 'Liste numérotée', text: '1.', tags: ['OL'] }
  ];

  /** The allowed copy of a node's children, appended to target (an element of the output document). */
  function cleanChildren(source, target) {
    var child = source.firstChild;
    while (child) {
      cleanNode(child, target);
      child = child.nextSibling;
    }
  }

  function cleanNode(node, target) {
    var doc = target.ownerDocument;
    if (node.nodeType === 3) {
      if (/^(UL|OL)$/.test(target.nodeName.toUpperCase()) && node.nodeValue.trim() === '') {
        return; // the source's indentation between list items
      }
      // A line break in HTML source is a space, as the browser renders it.
      target.appendChild(doc.createTextNode(node.nodeValue.replace(/\s*\n\s*/g, ' ')));
      return;
    }
    if (node.nodeType !== 1) {
      return; // comments (Word's conditional ones), processing instructions
    }
    var tag = node.nodeName.toUpperCase();
    if (DROPPED[tag] || tag.indexOf(':') >= 0 && tag !== 'O:P') {
      return; // <v:shape>, <w:WordDocument> … but keep the text of Word's <o:p>
    }
    var style = (node.getAttribute('style') || '').toLowerCase().replace(/\s/g, '');
    if (style.indexOf('mso-list:ignore') >= 0) {
      return; // the bullet or number Word writes as text before each list paragraph
    }
    if (tag === 'B' && /font-weight:(normal|400)/.test(style)) {
      cleanChildren(node, target); // Google Docs wraps a whole copy in a <b> that is not bold
      return;
    }
    if (ALLOWED[tag]) {
      var copy = doc.createElement(tag.toLowerCase());
      // A list item outside a list, or a list inside an inline element, is rebuilt as a paragraph.
      if (tag === 'LI' && !/^(UL|OL)$/.test(target.nodeName.toUpperCase())) {
        copy = doc.createElement('p');
      }
      cleanChildren(node, copy);
      target.appendChild(copy);
      return;
    }
    if (BLOCKS[tag] || tag === 'TD' || tag === 'TH') {
      if (INLINE_ALLOWED[target.nodeName.toUpperCase()] || tag === 'TD' || tag === 'TH') {
        cleanChildren(node, target);
        if (tag === 'TD' || tag === 'TH') {
          target.appendChild(doc.createTextNode(' '));
        }
        return;
      }
      var paragraph = doc.createElement('p');
      cleanChildren(node, paragraph);
      target.appendChild(paragraph);
      return;
    }
    // a, span, font, table, tbody, o:p …: the element goes, its text stays.
    cleanChildren(node, target);
  }

  /** Allowed HTML only; inline content at the top level wrapped in paragraphs; empty → "". */
  function clean(root) {
    var out = document.implementation.createHTMLDocument('');
    var holder = out.createElement('div');
    cleanChildren(root, holder);
    var result = out.createElement('div');
    var paragraph = null;
    while (holder.firstChild) {
      var node = holder.firstChild;
      var name = node.nodeName.toUpperCase();
      if (name === 'P' || name === 'UL' || name === 'OL') {
        paragraph = null;
        result.appendChild(node);
      } else {
        if (!paragraph) {
          paragraph = out.createElement('p');
          result.appendChild(paragraph);
        }
        paragraph.appendChild(node);
      }
    }
    removeEmpty(result);
    trimEdges(result);
    return result.textContent.trim() === '' ? '' : result.innerHTML;
  }

  /** Paragraphs and items with nothing in them (a trailing <br> only) go. */
  function removeEmpty(root) {
    var blocks = root.querySelectorAll('p, li, ul, ol');
    for (var i = blocks.length - 1; i >= 0; i--) {
      var block = blocks[i];
      if (block.textContent.trim() === '' && !block.querySelector('li')) {
        block.parentNode.removeChild(block);
      }
    }
  }

  /** No space at the start or the end of a paragraph or an item: the source's indentation. */
  function trimEdges(root) {
    var blocks = root.querySelectorAll('p, li');
    for (var i = 0; i < blocks.length; i++) {
      var first = blocks[i].firstChild;
      var last = blocks[i].lastChild;
      if (first && first.nodeType === 3) {
        first.nodeValue = first.nodeValue.replace(/^\s+/, '');
      }
      if (last && last.nodeType === 3) {
        last.nodeValue = last.nodeValue.replace(/\s+$/, '');
      }
    }
  }

  /** Parses HTML in an inert document: nothing in it runs or loads. */
  function parse(html) {
    return new DOMParser().parseFromString(html, 'text/html').body;
  }

  /** Plain text → escaped paragraphs, a line break for a single newline. */
  function fromText(text) {
    var doc = document.implementation.createHTMLDocument('');
    var root = doc.createElement('div');
    text.replace(/\r\n?/g, '\n').split(/\n{2,}/).forEach(function (block) {
      var paragraph = doc.createElement('p');
      block.split('\n').forEach(function (line, index) {
        if (index > 0) {
          paragraph.appendChild(doc.createElement('br'));
        }
        paragraph.appendChild(doc.createTextNode(line));
      });
      root.appendChild(paragraph);
    });
    return clean(root);
  }

  function labelOf(textarea) {
    return textarea.id ? document.querySelector('label[for="' + textarea.id + '"]') : null;
  }

  function setUp(wrapper) {
    var textarea = wrapper.querySelector('textarea');
    if (!textarea || wrapper.hasAttribute('data-rich-editor-ready')) {
      return;
    }
    wrapper.setAttribute('data-rich-editor-ready', '');
    var id = textarea.id || textarea.name;

    var toolbar = document.createElement('div');
    toolbar.className = 'rich-editor-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', wrapper.getAttribute('data-label-toolbar') || 'Mise en forme');
    toolbar.setAttribute('aria-controls', id + '-editor');

    var editor = document.createElement('div');
    editor.className = 'rich-editor-surface';
    editor.id = id + '-editor';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('tabindex', '0');
    editor.setAttribute('data-testid', (textarea.getAttribute('data-testid') || id) + '-editor');
    var label = labelOf(textarea);
    if (label) {
      if (!label.id) {
        label.id = id + '-label';
      }
      editor.setAttribute('aria-labelledby', label.id);
      // The label points at a hidden textarea: clicking it brings the writer to the editor.
      label.addEventListener('click', function (event) {
        event.preventDefault();
        editor.focus();
      });
    } else if (textarea.getAttribute('aria-label')) {
      editor.setAttribute('aria-label', textarea.getAttribute('aria-label'));
    }
    ['aria-describedby', 'aria-invalid', 'aria-required'].forEach(function (name) {
      if (textarea.hasAttribute(name)) {
        editor.setAttribute(name, textarea.getAttribute(name));
      }
    });
    editor.innerHTML = textarea.value.trim() === '' ? '' : cleanHtml(textarea.value);

    var buttons = COMMANDS.map(function (item, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'rich-editor-button rich-editor-' + item.name;
      button.setAttribute('aria-pressed', 'false');
      button.setAttribute('tabindex', index === 0 ? '0' : '-1');
      button.setAttribute('data-testid', 'rich-editor-' + item.name);
      var text = wrapper.getAttribute('data-label-' + item.name) || item.label;
      button.setAttribute('aria-label', text);
      button.title = item.key ? text + ' (Ctrl+' + item.key.toUpperCase() + ')' : text;
      var face = document.createElement('span');
      face.setAttribute('aria-hidden', 'true');
      face.textContent = item.text;
      button.appendChild(face);
      // Keep the selection in the editor when the button is clicked with the mouse.
      button.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      button.addEventListener('click', function () {
        run(item);
      });
      toolbar.appendChild(button);
      return button;
    });

    // One tab stop for the toolbar; arrows, Home and End move inside it (WAI-ARIA toolbar pattern).
    toolbar.addEventListener('keydown', function (event) {
      var current = buttons.indexOf(document.activeElement);
      if (current < 0) {
        return;
      }
      var next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (next === undefined) {
        return;
      }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[current].setAttribute('tabindex', '-1');
      buttons[next].setAttribute('tabindex', '0');
      buttons[next].focus();
    });

    function run(item) {
      if (!editor.contains(document.activeElement) && document.activeElement !== editor) {
        editor.focus();
      }
      document.execCommand('styleWithCSS', false, false);
      document.execCommand(item.command, false, null);
      sync();
    }

    /**
     * aria-pressed from the browser's state at the caret: after Ctrl+B with nothing selected, the
     * next letters will be bold though no <b> exists yet. Outside the editor nothing is pressed.
     */
    function refresh() {
      var selection = window.getSelection();
      var node = selection && selection.rangeCount ? selection.getRangeAt(0).startContainer : null;
      var inside = !!node && editor.contains(node);
      COMMANDS.forEach(function (item, index) {
        var pressed = false;
        if (inside) {
          try {
            pressed = document.queryCommandState(item.command);
          } catch (unsupported) {
            pressed = around(node, item.tags);
          }
        }
        buttons[index].setAttribute('aria-pressed', pressed ? 'true' : 'false');
      });
    }

    /** Whether an element with one of these tags encloses the node inside the editor. */
    function around(node, tags) {
      for (var at = node; at && at !== editor; at = at.parentNode) {
        if (at.nodeType === 1 && tags.indexOf(at.nodeName.toUpperCase()) >= 0) {
          return true;
        }
      }
      return false;
    }

    function sync() {
      textarea.value = clean(editor);
      refresh();
    }

    function insert(html) {
      if (html) {
        document.execCommand('insertHTML', false, html);
      }
      sync();
    }

    editor.addEventListener('input', sync);
    editor.addEventListener('keyup', refresh);
    editor.addEventListener('mouseup', refresh);
    editor.addEventListener('focus', function () {
      // New paragraphs as <p>, formatting as elements, not <div> and style="…".
      document.execCommand('defaultParagraphSeparator', false, 'p');
      document.execCommand('styleWithCSS', false, false);
    });
    editor.addEventListener('keydown', function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) {
        return;
      }
      var key = event.key.toLowerCase();
      for (var i = 0; i < COMMANDS.length; i++) {
        if (COMMANDS[i].key === key) {
          event.preventDefault();
          run(COMMANDS[i]);
          return;
        }
      }
    });
    editor.addEventListener('paste', function (event) {
      var data = event.clipboardData;
      if (!data) {
        return;
      }
      event.preventDefault();
      var html = data.getData('text/html');
      insert(html ? cleanHtml(html) : fromText(data.getData('text/plain')));
    });
    editor.addEventListener('drop', function (event) {
      var data = event.dataTransfer;
      if (!data) {
        return;
      }
      event.preventDefault();
      var point = document.caretRangeFromPoint
        ? document.caretRangeFromPoint(event.clientX, event.clientY)
        : null;
      if (point) {
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(point);
      }
      var html = data.getData('text/html');
      insert(html ? cleanHtml(html) : fromText(data.getData('text/plain') || ''));
    });

    textarea.hidden = true;
    textarea.setAttribute('aria-hidden', 'true');
    textarea.setAttribute('tabindex', '-1');
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(editor, textarea);

    // For other scripts (a canned reply chosen by the staff): cleaned HTML at the caret, as if
    // pasted, or after the text when the writer is elsewhere (on the canned replies' list, say).
    editors.set(wrapper, function (html) {
      var selection = window.getSelection();
      var atCaret = selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).startContainer);
      if (atCaret) {
        insert(cleanHtml(html));
        return;
      }
      // Its own paragraphs after what is written (insertHTML would merge the first into the last).
      editor.insertAdjacentHTML('beforeend', cleanHtml(html));
      sync();
      editor.focus();
    });
  }

  /** Each set-up wrapper's insert function. */
  var editors = new WeakMap();

  /** Inserts HTML into the editor of this wrapper (or of the wrapper around this element). */
  function insertInto(element, html) {
    var wrapper = element && element.closest ? element.closest('[data-rich-editor]') : null;
    var insertHere = wrapper ? editors.get(wrapper) : null;
    if (!insertHere) {
      return false;
    }
    insertHere(html);
    return true;
  }

  function cleanHtml(html) {
    return clean(parse(html));
  }

  function setUpAll(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var found = scope.querySelectorAll('[data-rich-editor]');
    for (var i = 0; i < found.length; i++) {
      setUp(found[i]);
    }
    if (scope.matches && scope.matches('[data-rich-editor]')) {
      setUp(scope);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      setUpAll(document);
    });
  } else {
    setUpAll(document);
  }
  // Forms swapped in by htmx (a reply form answered after sending) get their editor too.
  document.addEventListener('htmx:load', function (event) {
    setUpAll(event.target);
  });

  // For tests and for other scripts of the portals: ClienteleRichEditor.insert(textareaOrWrapper,
  // html) puts a canned reply in the editor (cleaned, textarea updated); false without an editor.
  window.ClienteleRichEditor = { clean: cleanHtml, fromText: fromText, setUp: setUpAll, insert: insertInto };
})();
