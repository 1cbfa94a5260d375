package ca.clientele.billing.card;

/**
 * A client's saved card as staff see it, read-only: brand, last 4 digits and expiry, never more (no Stripe id, no
 * fingerprint, no billing details).
 */
record CardOnFile(String brand, String last4, long expMonth, long expYear) {

    static CardOnFile of(SavedCard card) {
        return new CardOnFile(card.brand(), card.last4(), card.expMonth(), card.expYear());
    }
}
