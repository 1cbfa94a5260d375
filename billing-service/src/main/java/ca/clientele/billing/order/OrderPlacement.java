package ca.clientele.billing.order;

/**
 * Places an order in the caller's transaction: applies the client's current discount, computes GST and QST,
 * gives it its public number, publishes {@link OrderPlaced} in-process (invoicing issues the invoice in the same
 * transaction) and the order events through the outbox. Throws a {@code DomainRuleException} (422) when a client
 * who may not buy (suspended, banned) places it themselves.
 */
public interface OrderPlacement {

    PlacedOrder place(NewOrder order);
}
