package ca.clientele.billing.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order's page ("Voir"): its lines, totals and taxes, what was paid and refunded, and what may be done. */
record OrderView(
        UUID id,
        long number,
        String kind,
        UUID clientId,
        UUID appointmentId,
        Instant placedAt,
        String status,
        String statusLabel,
        List<LineView> lines,
        String subtotal,
        String discount,
        String taxableSubtotal,
        String gst,
        String qst,
        String total,
        String amountPaid,
        String amountRefunded,
        String amountCancelled,
        String netTotal,
        String amountDue,
        int itemCount,
        boolean mayPay,
        boolean mayCancel,
        List<PaymentView> payments,
        long version) {

    /** A line in the caller's language. */
    record LineView(
            String description,
            int quantity,
            String unitPrice,
            BigDecimal discountPercent,
            String discount,
            String amount,
            boolean taxable) {}
}
