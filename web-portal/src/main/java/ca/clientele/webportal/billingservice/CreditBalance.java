package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The client's credit balance ("solde créditeur") and its entries, newest first. */
public record CreditBalance(String balance, List<Entry> entries) {

    public BigDecimal balanceAmount() {
        return Amounts.of(balance);
    }

    /** One movement: a signed amount, the balance after it, why (REFUND, ADJUSTMENT, PAYMENT, OVERPAYMENT). */
    public record Entry(UUID id, String amount, String balanceAfter, String kind, UUID orderId, Instant recordedAt) {

        public BigDecimal amountAmount() {
            return Amounts.of(amount);
        }
    }
}
