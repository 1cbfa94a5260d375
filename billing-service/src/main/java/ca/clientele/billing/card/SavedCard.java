package ca.clientele.billing.card;

/** A card saved with Stripe, as the client recognizes it: "Visa •••• 4242, exp. 12/2030". Never the number. */
record SavedCard(String id, String brand, String last4, long expMonth, long expYear) {}
