package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment (PAYMENT) or a refund (REFUND) of an order; method CASH, INTERAC, CARD_TERMINAL, CARD or CREDIT. */
public record PaymentRecord(UUID id, String direction, String method, String amount, Instant recordedAt) {

    public BigDecimal amountAmount() {
        return Amounts.of(amount);
    }
}
