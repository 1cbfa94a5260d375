package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;

/** Billing writes amounts as strings ("40.24") so that nothing reads them as floats; screens format them. */
final class Amounts {

    private Amounts() {}

    static BigDecimal of(String amount) {
        return amount == null || amount.isBlank() ? BigDecimal.ZERO : new BigDecimal(amount);
    }
}
