package ca.clientele.adminportal.billing;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** "Ajuster le solde": a signed amount (negative takes credit back) and the reason, required. */
record AdjustmentForm(
        @NotNull @Digits(integer = 7, fraction = 2, message = "{billing.amount.cents}")
        BigDecimal amount,

        @NotBlank @Size(max = 500) String reason) {

    static AdjustmentForm empty() {
        return new AdjustmentForm(null, null);
    }

    BillingClient.NewAdjustment toRequest() {
        return new BillingClient.NewAdjustment(amount, reason);
    }
}
