package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of "Historique des rendez-vous". {@code netTotal} differs from {@code total} once something was refunded
 * or cancelled (the screen strikes the total through).
 */
public record OrderSummary(
        UUID id,
        long number,
        String kind,
        UUID appointmentId,
        Instant placedAt,
        String status,
        String statusLabel,
        String total,
        String netTotal,
        String amountDue,
        int itemCount,
        boolean mayPay,
        boolean mayCancel,
        long version) {

    public BigDecimal totalAmount() {
        return Amounts.of(total);
    }

    public BigDecimal netTotalAmount() {
        return Amounts.of(netTotal);
    }

    public BigDecimal amountDueAmount() {
        return Amounts.of(amountDue);
    }

    public boolean reduced() {
        return netTotal != null && total != null && Amounts.of(netTotal).compareTo(Amounts.of(total)) != 0;
    }

    public boolean isAppointment() {
        return "APPOINTMENT".equals(kind);
    }
}
