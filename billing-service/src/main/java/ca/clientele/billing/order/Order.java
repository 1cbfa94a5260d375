package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * An order ("Commande"): its lines after discount, its taxes and total (fixed when placed: the invoice prints them),
 * what was paid, refunded and cancelled of it, and its status. Every money movement changes the version, so two
 * concurrent payments of one order cannot both be recorded (the second gets a conflict), and the database refuses
 * more paid than the total or more refunded than paid.
 *
 * <p>Issuing a waiting invoice (the client's copy taken once, ADR 0036) moves no money, so it leaves the version alone:
 * a payment read before it still records. Updates write only the columns that changed, so that payment cannot write
 * back the copy as it was before the invoice.
 */
@Entity
@DynamicUpdate
@Table(name = "customer_order")
class Order {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private long number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderKind kind;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "appointment_id", updatable = false)
    private UUID appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    // The client's copy as billed: set when placed, or once, when it arrives after (awaitingClientCopy).
    @OptimisticLock(excluded = true)
    @Column(nullable = false)
    private String language;

    @Convert(converter = EncryptedStringConverter.class)
    @OptimisticLock(excluded = true)
    @Column(name = "bill_to_name")
    private String billToName;

    @Convert(converter = EncryptedStringConverter.class)
    @OptimisticLock(excluded = true)
    @Column(name = "bill_to_address")
    private String billToAddress;

    /** Placed without the client's copy of the registry's contact: the invoice is not issued yet (ADR 0036). */
    @OptimisticLock(excluded = true)
    @Column(name = "awaiting_client_copy", nullable = false)
    private boolean awaitingClientCopy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<LineItem> lines = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private BigDecimal subtotal;

    @Column(nullable = false, updatable = false)
    private BigDecimal discount;

    @Column(name = "taxable_subtotal", nullable = false, updatable = false)
    private BigDecimal taxableSubtotal;

    @Column(nullable = false, updatable = false)
    private BigDecimal gst;

    @Column(nullable = false, updatable = false)
    private BigDecimal qst;

    @Column(nullable = false, updatable = false)
    private BigDecimal total;

    @Column(name = "amount_paid", nullable = false)
    private BigDecimal amountPaid;

    @Column(name = "amount_refunded", nullable = false)
    private BigDecimal amountRefunded;

    @Column(name = "amount_cancelled", nullable = false)
    private BigDecimal amountCancelled;

    @Column(name = "placed_by", updatable = false)
    private UUID placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "service_done_at")
    private Instant serviceDoneAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Cancelled because its appointment changed before it was paid: a new order replaced it. */
    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Version
    private long version;

    protected Order() {}

    Order(
            long number,
            NewOrder order,
            String language,
            String billToName,
            List<String> billToAddress,
            Pricing pricing,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.kind = order.kind();
        this.clientId = order.clientId();
        this.appointmentId = order.appointmentId();
        this.status = OrderStatus.PENDING_PAYMENT;
        this.language = language;
        this.billToName = billToName;
        this.billToAddress = billToAddress.isEmpty() ? null : String.join("\n", billToAddress);
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(new LineItem(order.lines().get(i), pricing.lines().get(i)));
        }
        this.subtotal = pricing.subtotal().amount();
        this.discount = pricing.discount().amount();
        this.taxableSubtotal = pricing.taxableSubtotal().amount();
        this.gst = pricing.gst().amount();
        this.qst = pricing.qst().amount();
        this.total = pricing.total().amount();
        this.amountPaid = BigDecimal.ZERO;
        this.amountRefunded = BigDecimal.ZERO;
        this.amountCancelled = BigDecimal.ZERO;
        this.placedBy = order.placedBy();
        this.placedAt = now;
    }

    /** What remains to pay while the order waits for payment; nothing otherwise. */
    Money amountDue() {
        if (status != OrderStatus.PENDING_PAYMENT) {
            return Money.ZERO;
        }
        return total().minus(amountPaid());
    }

    /** What was paid and not refunded yet: the most a refund may give back. */
    Money refundable() {
        return amountPaid().minus(amountRefunded());
    }

    /**
     * Applies a payment of at most what is due.
     *
     * @return true when it paid the order in full
     */
    boolean pay(Money amount, Instant now) {
        if (status != OrderStatus.PENDING_PAYMENT) {
            throw new OrderStateException("order.not-payable");
        }
        if (!amount.isPositive() || amount.greaterThan(amountDue())) {
            throw new OrderStateException(
                    "order.payment-exceeds-due", amountDue().toString());
        }
        amountPaid = amountPaid.add(amount.amount());
        if (amountDue().isZero()) {
            paidAt = now;
            status = serviceDoneAt == null ? OrderStatus.PAID : OrderStatus.COMPLETED;
            if (status == OrderStatus.COMPLETED) {
                closedAt = now;
            }
            return true;
        }
        return false;
    }

    /**
     * Gives back part of what was paid.
     *
     * @return true when everything paid is now refunded and the order is REFUNDED
     */
    boolean refund(Money amount, Instant now) {
        if (!amount.isPositive() || amount.greaterThan(refundable())) {
            throw new OrderStateException(
                    "order.refund-exceeds-paid", refundable().toString());
        }
        amountRefunded = amountRefunded.add(amount.amount());
        if (refundable().isZero() && status != OrderStatus.PENDING_PAYMENT && status != OrderStatus.CANCELLED) {
            status = OrderStatus.REFUNDED;
            closedAt = now;
            return true;
        }
        return false;
    }

    /** Cancels what is still owed of an unpaid order; returns that amount (what the credit note cancels). */
    Money cancelUnpaid(Instant now) {
        if (status != OrderStatus.PENDING_PAYMENT) {
            throw new OrderStateException("order.not-cancellable");
        }
        Money owed = amountDue();
        amountCancelled = amountCancelled.add(owed.amount());
        status = OrderStatus.CANCELLED;
        closedAt = now;
        return owed;
    }

    /** A paid order whose appointment was cancelled late: closed as CANCELLED, keeping what was not refunded. */
    void closeCancelled(Instant now) {
        status = OrderStatus.CANCELLED;
        closedAt = now;
    }

    /**
     * The service was given (the appointment completed).
     *
     * @return true when this completed a paid order
     */
    boolean serviceDone(Instant now) {
        if (serviceDoneAt != null) {
            return false;
        }
        serviceDoneAt = now;
        if (status == OrderStatus.PAID) {
            status = OrderStatus.COMPLETED;
            closedAt = now;
            return true;
        }
        return false;
    }

    /** The lines it was placed with charge exactly these (same service, quantity, unit price and taxes)? */
    boolean charges(List<OrderLine> wanted) {
        if (wanted.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!lines.get(i).charges(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Its appointment changed before it was paid: this order, cancelled, is no longer the appointment's; another
     * replaces it.
     */
    void replaced(Instant now) {
        if (status != OrderStatus.CANCELLED || kind != OrderKind.APPOINTMENT) {
            throw new IllegalStateException("only a cancelled appointment order is replaced");
        }
        replacedAt = now;
    }

    Instant replacedAt() {
        return replacedAt;
    }

    boolean isLiveAppointment() {
        return kind == OrderKind.APPOINTMENT
                && serviceDoneAt == null
                && (status == OrderStatus.PENDING_PAYMENT || status == OrderStatus.PAID);
    }

    /** Placed without the client's copy: the invoice waits for it ({@link #invoicedWith}). */
    void awaitClientCopy() {
        this.awaitingClientCopy = true;
    }

    boolean awaitingClientCopy() {
        return awaitingClientCopy;
    }

    /**
     * The copy arrived (or waiting for it ended): the order takes it and its invoice is issued now, dated now (so that
     * invoice numbers and dates keep the same order), with the amounts fixed when the order was placed.
     */
    OrderPlaced invoicedWith(String language, String name, List<String> addressLines, Instant now) {
        if (!awaitingClientCopy) {
            throw new IllegalStateException("order " + id + " already has its invoice");
        }
        this.awaitingClientCopy = false;
        this.language = language;
        this.billToName = name;
        this.billToAddress = addressLines.isEmpty() ? null : String.join("\n", addressLines);
        OrderPlaced placed = placed(addressLines);
        return new OrderPlaced(
                placed.orderId(),
                placed.orderNumber(),
                placed.kind(),
                placed.clientId(),
                placed.billTo(),
                placed.language(),
                placed.lines(),
                placed.subtotal(),
                placed.discount(),
                placed.taxableSubtotal(),
                placed.gst(),
                placed.qst(),
                placed.total(),
                now);
    }

    OrderPlaced placed(List<String> addressLines) {
        return new OrderPlaced(
                id,
                number,
                kind,
                clientId,
                new OrderPlaced.BillTo(billToName, addressLines),
                language,
                lines.stream().map(LineItem::placed).toList(),
                Money.cad(subtotal),
                Money.cad(discount),
                Money.cad(taxableSubtotal),
                Money.cad(gst),
                Money.cad(qst),
                total(),
                placedAt);
    }

    UUID id() {
        return id;
    }

    long number() {
        return number;
    }

    OrderKind kind() {
        return kind;
    }

    UUID clientId() {
        return clientId;
    }

    UUID appointmentId() {
        return appointmentId;
    }

    OrderStatus status() {
        return status;
    }

    List<LineItem> lines() {
        return lines;
    }

    Money subtotal() {
        return Money.cad(subtotal);
    }

    Money discount() {
        return Money.cad(discount);
    }

    Money taxableSubtotal() {
        return Money.cad(taxableSubtotal);
    }

    Money gst() {
        return Money.cad(gst);
    }

    Money qst() {
        return Money.cad(qst);
    }

    Money total() {
        return Money.cad(total);
    }

    Money amountPaid() {
        return Money.cad(amountPaid);
    }

    Money amountRefunded() {
        return Money.cad(amountRefunded);
    }

    Money amountCancelled() {
        return Money.cad(amountCancelled);
    }

    /** What the order finally costs the client: the total less what was refunded or cancelled. */
    Money netTotal() {
        return total().minus(amountRefunded()).minus(amountCancelled());
    }

    /** Services (or items) still billed: none once the order was refunded or cancelled. */
    int itemCount() {
        if (status == OrderStatus.REFUNDED || status == OrderStatus.CANCELLED) {
            return 0;
        }
        return lines.stream().mapToInt(LineItem::quantity).sum();
    }

    String language() {
        return language;
    }

    String billToName() {
        return billToName;
    }

    Instant placedAt() {
        return placedAt;
    }

    Instant paidAt() {
        return paidAt;
    }

    Instant serviceDoneAt() {
        return serviceDoneAt;
    }

    long version() {
        return version;
    }
}
