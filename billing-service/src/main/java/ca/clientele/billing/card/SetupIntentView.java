package ca.clientele.billing.card;

/** What Stripe.js needs to save a card: {@code stripe.confirmCardSetup(clientSecret, …)}. */
record SetupIntentView(String setupIntentId, String clientSecret, String publishableKey) {}
