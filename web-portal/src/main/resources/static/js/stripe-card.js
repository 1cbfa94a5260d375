// Clientèle client portal: card fields from Stripe ("Modes de paiement" → add a card; an order's pay page → pay by
// card). The card number is typed into Stripe's own field (an iframe from js.stripe.com) and never reaches our
// servers. Stripe.js is loaded only on these pages, only when billing says card payment is available (the form then
// carries data-stripe-js and data-publishable-key); the pages' CSP allows exactly Stripe's origins.
//   [data-stripe-setup]: confirms the SetupIntent whose client secret the form carries, then goes to data-done-url.
//   [data-stripe-pay]: asks the portal (POST form.action, JSON answer) for a PaymentIntent with the chosen saved card
//   or a new one, confirms it with Stripe.js (3-D Secure in Stripe's window when the bank asks), then goes to
//   data-result-url, which says "being confirmed" until Stripe's webhook has paid the order.
(function () {
  'use strict';

  var loading = null;

  function loadStripe(url) {
    if (window.Stripe) {
      return Promise.resolve(window.Stripe);
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.async = true;
        script.onload = function () { window.Stripe ? resolve(window.Stripe) : reject(new Error('no Stripe')); };
        script.onerror = function () { loading = null; reject(new Error('Stripe.js not loaded')); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function showError(form, message) {
    var box = form.querySelector('[data-card-error]');
    box.textContent = message;
    box.hidden = false;
    box.setAttribute('tabindex', '-1');
    box.focus();
  }

  function clearError(form) {
    var box = form.querySelector('[data-card-error]');
    box.hidden = true;
    box.textContent = '';
  }

  function busy(form, on) {
    var button = form.querySelector('button[type=submit]');
    button.disabled = on;
    button.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function stripeLocale() {
    return (document.documentElement.lang || 'fr').toLowerCase().indexOf('en') === 0 ? 'en' : 'fr-CA';
  }

  function mountCard(form, Stripe) {
    var stripe = Stripe(form.getAttribute('data-publishable-key'), { locale: stripeLocale() });
    var card = stripe.elements({ locale: stripeLocale() }).create('card');
    card.mount(form.querySelector('[data-card-element]'));
    card.on('change', function (event) {
      if (event.error) {
        showError(form, event.error.message);
      } else {
        clearError(form);
      }
    });
    return { stripe: stripe, card: card };
  }

  function setup(form) {
    loadStripe(form.getAttribute('data-stripe-js')).then(function (Stripe) {
      var parts = mountCard(form, Stripe);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearError(form);
        busy(form, true);
        parts.stripe.confirmCardSetup(form.getAttribute('data-client-secret'), {
          payment_method: { card: parts.card }
        }).then(function (result) {
          if (result.error) {
            busy(form, false);
            showError(form, result.error.message || form.getAttribute('data-msg-failed'));
          } else {
            window.location.assign(form.getAttribute('data-done-url'));
          }
        });
      });
    }, function () {
      showError(form, form.getAttribute('data-msg-loading-failed'));
      busy(form, true);
    });
  }

  function chosenCard(form) {
    var checked = form.querySelector('input[name=paymentMethodId]:checked')
        || form.querySelector('input[type=hidden][name=paymentMethodId]');
    return checked ? checked.value : '';
  }

  function pay(form) {
    var newCard = form.querySelector('[data-card-new]');
    function toggle() {
      newCard.hidden = chosenCard(form) !== '';
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[name=paymentMethodId]'), function (radio) {
      radio.addEventListener('change', toggle);
    });
    loadStripe(form.getAttribute('data-stripe-js')).then(function (Stripe) {
      var parts = mountCard(form, Stripe);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearError(form);
        busy(form, true);
        var saved = chosenCard(form);
        var headers = { 'Accept': 'application/json, application/problem+json', 'Content-Type': 'application/x-www-form-urlencoded' };
        var token = xsrfToken();
        if (token) {
          headers['X-XSRF-TOKEN'] = token;
        }
        fetch(form.action, {
          method: 'POST',
          headers: headers,
          credentials: 'same-origin',
          body: new URLSearchParams(new FormData(form)).toString()
        }).then(function (response) {
          return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
        }).then(function (reply) {
          if (!reply.ok) {
            // Refusals are RFC 9457 problems whose detail is the reason in words.
            throw new Error(reply.answer.detail || form.getAttribute('data-msg-failed'));
          }
          var done = form.getAttribute('data-result-url') + '?payment_intent='
              + encodeURIComponent(reply.answer.paymentIntentId);
          if (reply.answer.status === 'succeeded' || reply.answer.status === 'processing') {
            window.location.assign(done);
            return null;
          }
          return parts.stripe.confirmCardPayment(reply.answer.clientSecret, {
            payment_method: saved !== '' ? saved : { card: parts.card }
          }).then(function (result) {
            if (result.error) {
              throw new Error(result.error.message || form.getAttribute('data-msg-failed'));
            }
            window.location.assign(done);
          });
        }).catch(function (failure) {
          busy(form, false);
          showError(form, failure && failure.message ? failure.message : form.getAttribute('data-msg-failed'));
        });
      });
    }, function () {
      showError(form, form.getAttribute('data-msg-loading-failed'));
      busy(form, true);
    });
  }

  function init(root) {
    Array.prototype.forEach.call(root.querySelectorAll('form[data-stripe-setup]:not([data-stripe-ready])'), function (form) {
      form.setAttribute('data-stripe-ready', '');
      setup(form);
    });
    Array.prototype.forEach.call(root.querySelectorAll('form[data-stripe-pay]:not([data-stripe-ready])'), function (form) {
      form.setAttribute('data-stripe-ready', '');
      pay(form);
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  // The pay page's card form arrives through htmx (hx-trigger="load").
  document.addEventListener('htmx:load', function (event) { init(event.target.parentNode || document); });
}());
