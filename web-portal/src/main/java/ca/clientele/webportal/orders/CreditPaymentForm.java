package ca.clientele.webportal.orders;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** "Payer avec mon solde créditeur": how much of the balance to use (at most what is due; the service decides). */
record CreditPaymentForm(
        @NotNull @DecimalMin("0.01") @Digits(integer = 7, fraction = 2, message = "{orders.amount.cents}")
        BigDecimal amount) {}
