package ca.clientele.billing.order;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A refund by staff, full or partial: to the card it was paid with (CARD), to the credit balance (CREDIT), or by hand
 * (CASH, INTERAC, CARD_TERMINAL, with a reference).
 */
record RefundRequest(
        @NotNull
        @Digits(integer = 7, fraction = 2, message = "{billing.amount.cents}")
        @DecimalMin("0.01")
        @DecimalMax("100000.00")
        BigDecimal amount,

        @NotNull PaymentMethod to,
        @Size(max = 500) String reason,
        @Size(max = 100) String reference) {}
