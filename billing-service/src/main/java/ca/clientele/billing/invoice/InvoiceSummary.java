package ca.clientele.billing.invoice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invoice in a list, with the credit notes issued on it. Amounts are strings ("40.24");
 * {@code credited} is the sum of its credit notes, {@code balance} what the invoice still stands for.
 */
record InvoiceSummary(
        UUID id,
        String number,
        UUID orderId,
        long orderNumber,
        String orderKind,
        UUID clientId,
        Instant issuedAt,
        String language,
        String subtotal,
        String discount,
        String gst,
        String qst,
        String total,
        String credited,
        String balance,
        String pdfUrl,
        List<CreditNoteSummary> creditNotes) {}
