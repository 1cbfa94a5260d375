package ca.clientele.billing.order;

/** Where an order comes from: a booked appointment, the online shop, or a sale staff records in store. */
public enum OrderKind {
    APPOINTMENT,
    SHOP,
    IN_STORE
}
