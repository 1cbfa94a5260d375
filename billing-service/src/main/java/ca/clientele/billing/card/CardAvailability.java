package ca.clientele.billing.card;

/**
 * Whether card payment is offered now, and what the browser needs for Stripe.js.
 *
 * @param publishableKey Stripe's publishable key, or null when unavailable
 * @param jsUrl the Stripe.js script to load (from js.stripe.com)
 * @param message why not, in the caller's language, or null when available
 */
record CardAvailability(boolean available, String publishableKey, String jsUrl, String message) {}
