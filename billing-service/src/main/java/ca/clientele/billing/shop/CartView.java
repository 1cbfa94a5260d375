package ca.clientele.billing.shop;

import java.util.List;
import java.util.UUID;

/**
 * The caller's cart with its totals before any discount (the order applies the client's discount when placed).
 * Amounts are strings ("24.99"). {@code available} is false for a line that cannot be bought as it is (product no
 * longer sold, or fewer units in stock than asked for).
 */
record CartView(List<Line> lines, int itemCount, String subtotal, String gst, String qst, String total) {

    record Line(
            UUID productId,
            String name,
            String unitPrice,
            int quantity,
            String amount,
            boolean taxable,
            boolean hasPicture,
            int stock,
            boolean available) {}
}
