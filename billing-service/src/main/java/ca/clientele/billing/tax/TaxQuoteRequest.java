package ca.clientele.billing.tax;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** A taxable subtotal in dollars, as a JSON string ("35.00") or number. */
record TaxQuoteRequest(
        @NotNull @Positive @Digits(integer = 9, fraction = 2, message = "{billing.amount.cents}")
        BigDecimal subtotal) {}
