// Header menus ("Mes messages" and the person icon): they open on hover and on keyboard focus through CSS
// (.hover-menu:hover, :focus-within), so they work without this script. The script adds what CSS cannot: Escape
// closes the open menu and gives the focus back to its trigger (WCAG 1.4.13: content on hover or focus is
// dismissible), a click on the person button opens its menu (touch screens), and aria-expanded tells whether the
// menu is shown.
(function () {
  'use strict';

  function shown(menu) {
    return !menu.classList.contains('menu-dismissed')
        && (menu.matches(':hover') || menu.matches(':focus-within') || menu.classList.contains('menu-open'));
  }

  function sync(menu) {
    var trigger = menu.querySelector('[data-menu-trigger][aria-expanded]');
    if (trigger) {
      trigger.setAttribute('aria-expanded', shown(menu) ? 'true' : 'false');
    }
  }

  function reset(menu) {
    menu.classList.remove('menu-dismissed');
    menu.classList.remove('menu-open');
  }

  function setUp(menu) {
    var trigger = menu.querySelector('[data-menu-trigger]');
    if (trigger && trigger.tagName === 'BUTTON') {
      trigger.addEventListener('click', function () {
        menu.classList.remove('menu-dismissed');
        menu.classList.add('menu-open');
        sync(menu);
      });
    }
    menu.addEventListener('focusin', function () {
      sync(menu);
    });
    menu.addEventListener('focusout', function (event) {
      if (!menu.contains(event.relatedTarget)) {
        reset(menu);
        // :focus-within is updated after focusout.
        window.setTimeout(function () { sync(menu); }, 0);
      }
    });
    menu.addEventListener('mouseenter', function () {
      sync(menu);
    });
    menu.addEventListener('mouseleave', function () {
      if (!menu.matches(':focus-within')) {
        reset(menu);
      }
      sync(menu);
    });
  }

  function dismiss(menu) {
    var trigger = menu.querySelector('[data-menu-trigger]');
    var hadFocus = menu.contains(document.activeElement);
    menu.classList.remove('menu-open');
    menu.classList.add('menu-dismissed');
    if (hadFocus && trigger) {
      trigger.focus();
    }
    sync(menu);
  }

  function init() {
    var menus = document.querySelectorAll('[data-menu]');
    Array.prototype.forEach.call(menus, setUp);
    // Escape closes a menu shown by focus or by the mouse alone (the focus may be elsewhere then).
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' && event.key !== 'Esc') {
        return;
      }
      Array.prototype.forEach.call(menus, function (menu) {
        if (shown(menu)) {
          event.preventDefault();
          dismiss(menu);
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
