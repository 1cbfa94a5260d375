package ca.clientele.billing.invoice;

import ca.clientele.billing.order.OrderPlaced;
import java.math.BigDecimal;
import java.util.Locale;

/** A line as printed on an invoice, in both languages; stored (encrypted) as JSON on the invoice. */
record InvoiceLine(
        String descriptionFr,
        String descriptionEn,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal discount,
        BigDecimal amount,
        boolean taxable) {

    static InvoiceLine of(OrderPlaced.Line line) {
        return new InvoiceLine(
                line.descriptionFr(),
                line.descriptionEn(),
                line.quantity(),
                line.unitPrice().amount(),
                line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent(),
                line.discount() == null
                        ? BigDecimal.ZERO.setScale(2)
                        : line.discount().amount(),
                line.amount().amount(),
                line.taxable());
    }

    String description(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String preferred = english ? descriptionEn : descriptionFr;
        return preferred == null || preferred.isBlank() ? (english ? descriptionFr : descriptionEn) : preferred;
    }
}
