package ca.clientele.billing.order;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A payment recorded by staff (CASH, INTERAC, CARD_TERMINAL with an optional reference) or from the credit balance
 * (CREDIT: staff or the client themselves). {@code amount} may be part of what is due.
 */
record ManualPayment(
        @NotNull PaymentMethod method,

        @NotNull
        @Digits(integer = 7, fraction = 2, message = "{billing.amount.cents}")
        @DecimalMin("0.01")
        @DecimalMax("100000.00")
        BigDecimal amount,

        @Size(max = 100) String reference) {}
