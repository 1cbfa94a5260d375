package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order's page ("Voir"): lines in the client's language, totals, taxes, payments and refunds. */
public record OrderDetail(
        UUID id,
        long number,
        String kind,
        UUID appointmentId,
        Instant placedAt,
        String status,
        String statusLabel,
        List<Line> lines,
        String subtotal,
        String discount,
        String gst,
        String qst,
        String total,
        String amountPaid,
        String amountRefunded,
        String netTotal,
        String amountDue,
        int itemCount,
        boolean mayPay,
        boolean mayCancel,
        List<PaymentRecord> payments,
        long version) {

    public BigDecimal subtotalAmount() {
        return Amounts.of(subtotal);
    }

    public BigDecimal discountAmount() {
        return Amounts.of(discount);
    }

    public BigDecimal gstAmount() {
        return Amounts.of(gst);
    }

    public BigDecimal qstAmount() {
        return Amounts.of(qst);
    }

    public BigDecimal totalAmount() {
        return Amounts.of(total);
    }

    public BigDecimal amountPaidAmount() {
        return Amounts.of(amountPaid);
    }

    public BigDecimal amountRefundedAmount() {
        return Amounts.of(amountRefunded);
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

    /** A line as billed. */
    public record Line(
            String description,
            int quantity,
            String unitPrice,
            BigDecimal discountPercent,
            String discount,
            String amount,
            boolean taxable) {

        public BigDecimal unitPriceAmount() {
            return Amounts.of(unitPrice);
        }

        public BigDecimal amountAmount() {
            return Amounts.of(amount);
        }
    }
}
