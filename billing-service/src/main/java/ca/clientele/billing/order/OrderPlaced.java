package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * In-process event, published inside the transaction that placed an order, with everything an invoice prints: the
 * client's copy (name, billing address, language), each line after discount, and the totals. Listeners run in the
 * same transaction ({@code @EventListener}), so an order never exists without its invoice. Never leaves the service:
 * it carries personal data.
 */
public record OrderPlaced(
        UUID orderId,
        long orderNumber,
        OrderKind kind,
        UUID clientId,
        BillTo billTo,
        String language,
        List<Line> lines,
        Money subtotal,
        Money discount,
        Money taxableSubtotal,
        Money gst,
        Money qst,
        Money total,
        Instant placedAt) {

    /** The client as billed: {@code addressLines} as printed, e.g. "123 rue Saint-Denis", "Montréal QC H2X 1K4". */
    public record BillTo(String name, List<String> addressLines) {}

    /**
     * A line as invoiced. {@code amount} = quantity × unitPrice − discount.
     *
     * @param discountPercent the client's discount applied to the line (0 when none)
     */
    public record Line(
            String descriptionFr,
            String descriptionEn,
            int quantity,
            Money unitPrice,
            java.math.BigDecimal discountPercent,
            Money discount,
            Money amount,
            boolean taxable) {}
}
