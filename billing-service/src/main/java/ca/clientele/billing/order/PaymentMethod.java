package ca.clientele.billing.order;

/**
 * How money moved: by staff (cash, Interac e-Transfer, the card terminal in store), online by card (Stripe), or from
 * or to the client's credit balance.
 */
enum PaymentMethod {
    CASH,
    INTERAC,
    CARD_TERMINAL,
    CARD,
    CREDIT;

    boolean isManual() {
        return this == CASH || this == INTERAC || this == CARD_TERMINAL;
    }
}
