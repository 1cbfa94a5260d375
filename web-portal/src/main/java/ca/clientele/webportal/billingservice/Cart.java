package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The client's cart with its totals before any discount (the order applies it). Amounts are strings ("24.99"). */
public record Cart(List<Line> lines, int itemCount, String subtotal, String gst, String qst, String total) {

    public BigDecimal subtotalAmount() {
        return new BigDecimal(subtotal);
    }

    public BigDecimal gstAmount() {
        return new BigDecimal(gst);
    }

    public BigDecimal qstAmount() {
        return new BigDecimal(qst);
    }

    public BigDecimal totalAmount() {
        return new BigDecimal(total);
    }

    /** Every line can be bought as it is. */
    public boolean buyable() {
        return !lines.isEmpty() && lines.stream().allMatch(Line::available);
    }

    public record Line(
            UUID productId,
            String name,
            String unitPrice,
            int quantity,
            String amount,
            boolean taxable,
            boolean hasPicture,
            int stock,
            boolean available) {

        public BigDecimal unitAmount() {
            return new BigDecimal(unitPrice);
        }

        public BigDecimal lineAmount() {
            return new BigDecimal(amount);
        }

        public String pictureUrl() {
            return hasPicture ? "/api/orders/products/" + productId + "/picture" : null;
        }
    }
}
