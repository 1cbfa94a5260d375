package ca.clientele.billing.invoice;

import java.time.Instant;
import java.util.UUID;

/**
 * A credit note in a list. Amounts are strings ("40.24"). {@code reason} is staff-facing: given to staff only.
 *
 * @param settlement CANCELLED, REFUNDED_TO_CARD, CREDITED_TO_BALANCE, REFUNDED_MANUALLY (as the order side said)
 */
record CreditNoteSummary(
        UUID id,
        String number,
        UUID invoiceId,
        String invoiceNumber,
        UUID orderId,
        Instant issuedAt,
        String settlement,
        String settlementLabel,
        String reason,
        String subtotal,
        String gst,
        String qst,
        String total,
        String pdfUrl) {}
