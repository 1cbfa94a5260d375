package ca.clientele.adminportal.billing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** "Enregistrer un paiement": cash, Interac e-Transfer, the card terminal or the credit balance, with a reference. */
record PaymentForm(
        @NotBlank String method,

        @NotNull @DecimalMin("0.01") @Digits(integer = 7, fraction = 2, message = "{billing.amount.cents}")
        BigDecimal amount,

        @Size(max = 100) String reference) {

    static PaymentForm of(BigDecimal due) {
        return new PaymentForm("INTERAC", due, null);
    }

    BillingClient.NewPayment toRequest() {
        return new BillingClient.NewPayment(method, amount, reference);
    }
}
