// Clientèle staff portal: the timesheet's drag and drop. An appointment's block is dragged onto a
// free cell (HTML5 drag and drop); the drop posts the same move as the "Déplacer" form (day, time,
// staff member, the version shown) through htmx, which swaps the grid with the outcome in its live
// region. Without a mouse, each appointment's page has the "Déplacer" form.
(function () {
  'use strict';

  var dragged = null;

  function cellOf(target) {
    return target && target.closest ? target.closest('[data-drop]') : null;
  }

  document.addEventListener('dragstart', function (event) {
    var block = event.target && event.target.closest ? event.target.closest('[data-appointment]') : null;
    if (!block) {
      return;
    }
    dragged = block;
    block.classList.add('ts-dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', block.getAttribute('data-appointment-id'));
  });

  document.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('ts-dragging');
    }
    dragged = null;
  });

  document.addEventListener('dragover', function (event) {
    if (dragged && cellOf(event.target)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    }
  });

  document.addEventListener('dragenter', function (event) {
    var cell = cellOf(event.target);
    if (dragged && cell) {
      cell.classList.add('ts-drop-target');
    }
  });

  document.addEventListener('dragleave', function (event) {
    var cell = cellOf(event.target);
    if (cell) {
      cell.classList.remove('ts-drop-target');
    }
  });

  document.addEventListener('drop', function (event) {
    var cell = cellOf(event.target);
    if (!dragged || !cell) {
      return;
    }
    event.preventDefault();
    cell.classList.remove('ts-drop-target');
    var grid = document.getElementById('timesheet');
    var notice = document.getElementById('timesheet-notice');
    if (notice) {
      notice.textContent = grid.getAttribute('data-text-moving') || '';
    }
    var url = dragged.getAttribute('data-move-url') + '?grid=true&' + grid.getAttribute('data-query');
    window.htmx.ajax('POST', url, {
      target: '#timesheet',
      swap: 'outerHTML',
      values: {
        date: cell.getAttribute('data-date'),
        time: cell.getAttribute('data-time'),
        staffId: cell.getAttribute('data-staff'),
        version: dragged.getAttribute('data-version')
      }
    });
    dragged = null;
  });
})();
