package ca.clientele.adminportal.billing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** "Rembourser", full or partial: to the card, to the credit balance, or by hand (with a reference). */
record RefundForm(
        @NotNull @DecimalMin("0.01") @Digits(integer = 7, fraction = 2, message = "{billing.amount.cents}")
        BigDecimal amount,

        @NotBlank String to,
        @Size(max = 500) String reason,
        @Size(max = 100) String reference) {

    static RefundForm of(BigDecimal refundable) {
        return new RefundForm(refundable, "CREDIT", null, null);
    }

    BillingClient.NewRefund toRequest() {
        return new BillingClient.NewRefund(amount, to, reason, reference);
    }
}
