package ca.clientele.billing.order;

/**
 * An order ("Commande") as the client's appointment history shows it. PAID: paid in full, the service not done yet
 * (an appointment's order becomes COMPLETED once both are true).
 */
enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    COMPLETED,
    REFUNDED,
    CANCELLED;

    /** Key of the label in {@code messages*.properties}. */
    String messageKey() {
        return "order.status." + name();
    }
}
