package ca.clientele.webportal.billingservice;

/** A SetupIntent for Stripe.js to confirm with the card typed into Stripe's own field. */
public record SetupIntentView(String setupIntentId, String clientSecret, String publishableKey) {}
