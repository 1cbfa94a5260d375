package ca.clientele.billing.order;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment or a refund of an order, as its page lists it.
 *
 * @param direction PAYMENT or REFUND
 * @param method CASH, INTERAC, CARD_TERMINAL, CARD or CREDIT
 */
record PaymentView(
        UUID id,
        String direction,
        String method,
        String amount,
        String reference,
        UUID recordedBy,
        Instant recordedAt) {}
