package ca.clientele.billing.order;

/** An order ("Commande") as the client's appointment history shows it. */
enum OrderStatus {
    PENDING_PAYMENT,
    COMPLETED,
    REFUNDED,
    CANCELLED;

    /** Key of the label in {@code messages*.properties}. */
    String messageKey() {
        return "order.status." + name();
    }
}
