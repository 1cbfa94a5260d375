package ca.clientele.billing.customer;

import java.util.UUID;

/**
 * In-process event, published in the transaction that stored a client's copy of the registry's contact, or that
 * learnt the registry does not know the client (404): whatever waited for the copy (an order's invoice) can go on.
 * Carries the id only; readers ask {@link Customers} for the copy.
 */
public record ClientCopyResolved(UUID clientId) {}
