package ca.clientele.billing.invoice;

import java.util.List;

/** One invoice as printed: its summary, the client copy, the lines and the seller's registration numbers. */
record InvoiceView(
        InvoiceSummary invoice,
        String billToName,
        List<String> billToAddress,
        List<LineView> lines,
        String taxableSubtotal,
        String sellerName,
        List<String> sellerAddress,
        String gstNumber,
        String qstNumber) {

    /** A line in the invoice's language pair; amounts as strings. */
    record LineView(
            String descriptionFr,
            String descriptionEn,
            int quantity,
            String unitPrice,
            String discountPercent,
            String discount,
            String amount,
            boolean taxable) {

        static LineView of(InvoiceLine line) {
            return new LineView(
                    line.descriptionFr(),
                    line.descriptionEn(),
                    line.quantity(),
                    line.unitPrice().toPlainString(),
                    line.discountPercent().stripTrailingZeros().toPlainString(),
                    line.discount().toPlainString(),
                    line.amount().toPlainString(),
                    line.taxable());
        }
    }
}
