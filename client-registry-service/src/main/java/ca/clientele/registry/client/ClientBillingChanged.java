package ca.clientele.registry.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What billing needs to price and bill a client, as values (issue 11): their status, discount (null percent when
 * none) and preferred language. Never a name or an address (docs/events/client-billing-changed.schema.json).
 */
record ClientBillingChanged(
        UUID clientId,
        ClientStatus status,
        BigDecimal discountPercent,
        LocalDate discountEndsOn,
        String preferredLanguage,
        UUID changedBy) {

    static ClientBillingChanged of(Client client, UUID changedBy) {
        Discount discount = client.discount();
        return new ClientBillingChanged(
                client.id(),
                client.status(),
                discount == null ? null : discount.percent(),
                discount == null ? null : discount.endsOn(),
                client.preferredLanguage(),
                changedBy);
    }
}
