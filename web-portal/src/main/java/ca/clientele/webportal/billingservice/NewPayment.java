package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;

/** A payment from the credit balance: {@code method} is always CREDIT from the client portal. */
public record NewPayment(String method, BigDecimal amount) {

    public static NewPayment fromCredit(BigDecimal amount) {
        return new NewPayment("CREDIT", amount);
    }
}
