package ca.clientele.adminportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** A client's orders, payments, refunds and credit balance at the billing-service, as staff. */
@HttpExchange("/api")
public interface BillingClient {

    @GetExchange("/orders")
    OrderPage orders(@RequestParam UUID clientId, @RequestParam int page, @RequestParam int size);

    @GetExchange("/orders/{id}")
    Order order(@PathVariable UUID id);

    @PostExchange("/orders/{id}/payments")
    Movement pay(@PathVariable UUID id, @RequestBody NewPayment payment);

    @PostExchange("/orders/{id}/refunds")
    Movement refund(@PathVariable UUID id, @RequestBody NewRefund refund);

    /** The client's saved cards, read-only: brand, last 4, expiry (never more). */
    @GetExchange("/payment-methods/clients/{clientId}")
    List<Card> cards(@PathVariable UUID clientId);

    @GetExchange("/payments/credit/{clientId}")
    Credit credit(@PathVariable UUID clientId);

    @PostExchange("/payments/credit/{clientId}/adjustments")
    Credit.Entry adjust(@PathVariable UUID clientId, @RequestBody NewAdjustment adjustment);

    record OrderPage(List<OrderRow> items, int page, int size, long totalItems, int totalPages) {}

    /** Amounts are strings ("40.24"); {@code netTotal} differs from {@code total} once refunded or cancelled. */
    record OrderRow(
            UUID id,
            long number,
            String kind,
            Instant placedAt,
            String status,
            String statusLabel,
            String total,
            String netTotal,
            String amountDue,
            int itemCount) {

        public BigDecimal totalAmount() {
            return amount(total);
        }

        public BigDecimal netTotalAmount() {
            return amount(netTotal);
        }

        public BigDecimal amountDueAmount() {
            return amount(amountDue);
        }

        public boolean reduced() {
            return totalAmount().compareTo(netTotalAmount()) != 0;
        }
    }

    record Order(
            UUID id,
            long number,
            String kind,
            UUID clientId,
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
            boolean mayPay,
            List<Movement> payments) {

        public BigDecimal totalAmount() {
            return amount(total);
        }

        public BigDecimal gstAmount() {
            return amount(gst);
        }

        public BigDecimal qstAmount() {
            return amount(qst);
        }

        public BigDecimal discountAmount() {
            return amount(discount);
        }

        public BigDecimal amountPaidAmount() {
            return amount(amountPaid);
        }

        public BigDecimal amountRefundedAmount() {
            return amount(amountRefunded);
        }

        public BigDecimal refundableAmount() {
            return amount(amountPaid).subtract(amount(amountRefunded));
        }

        public BigDecimal amountDueAmount() {
            return amount(amountDue);
        }

        public BigDecimal netTotalAmount() {
            return amount(netTotal);
        }

        public record Line(String description, int quantity, String unitPrice, String amount) {

            public BigDecimal amountAmount() {
                return BillingClient.amount(amount);
            }
        }
    }

    /** A payment (PAYMENT) or refund (REFUND): method CASH, INTERAC, CARD_TERMINAL, CARD or CREDIT. */
    record Movement(UUID id, String direction, String method, String amount, String reference, Instant recordedAt) {

        public BigDecimal amountAmount() {
            return BillingClient.amount(amount);
        }
    }

    record Credit(String balance, List<Entry> entries) {

        public BigDecimal balanceAmount() {
            return amount(balance);
        }

        public record Entry(
                UUID id,
                String amount,
                String balanceAfter,
                String kind,
                UUID orderId,
                String reason,
                Instant recordedAt) {

            public BigDecimal amountAmount() {
                return BillingClient.amount(amount);
            }

            public BigDecimal balanceAfterAmount() {
                return BillingClient.amount(balanceAfter);
            }
        }
    }

    /** A saved card as staff see it: "Visa •••• 4242, exp. 12/2030". */
    record Card(String brand, String last4, long expMonth, long expYear) {

        /** The expiry as printed on the card, "12/2030"; empty when Stripe gave none. */
        public String expiry() {
            return expMonth < 1 || expYear < 1 ? "" : "%02d/%d".formatted(expMonth, expYear);
        }

        /** The brand as people write it ("visa" → "Visa", "amex" → "American Express"). */
        public String brandName() {
            if (brand == null || brand.isBlank()) {
                return "";
            }
            return switch (brand) {
                case "amex" -> "American Express";
                case "mastercard" -> "Mastercard";
                case "diners" -> "Diners Club";
                case "jcb" -> "JCB";
                case "unionpay" -> "UnionPay";
                default -> Character.toUpperCase(brand.charAt(0)) + brand.substring(1);
            };
        }
    }

    record NewPayment(String method, BigDecimal amount, String reference) {}

    record NewRefund(BigDecimal amount, String to, String reason, String reference) {}

    record NewAdjustment(BigDecimal amount, String reason) {}

    static BigDecimal amount(String value) {
        return value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
    }
}
