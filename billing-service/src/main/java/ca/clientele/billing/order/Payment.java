package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money into an order (PAYMENT) or back out of it (REFUND), never changed once recorded. */
@Entity
@Table(name = "order_payment")
class Payment {

    enum Direction {
        PAYMENT,
        REFUND
    }

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    /** Staff's reference (an e-Transfer's, a terminal receipt's): free text, so encrypted. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String reference;

    @Column(name = "payment_intent_id", updatable = false)
    private String paymentIntentId;

    @Column(name = "refund_id", updatable = false)
    private String refundId;

    @Column(name = "recorded_by", updatable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Payment() {}

    private Payment(
            UUID id,
            Order order,
            Direction direction,
            PaymentMethod method,
            Money amount,
            String reference,
            String paymentIntentId,
            String refundId,
            UUID recordedBy,
            Instant at) {
        this.id = id;
        this.orderId = order.id();
        this.clientId = order.clientId();
        this.direction = direction;
        this.method = method;
        this.amount = amount.amount();
        this.reference = reference;
        this.paymentIntentId = paymentIntentId;
        this.refundId = refundId;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    static Payment in(
            Order order,
            PaymentMethod method,
            Money amount,
            String reference,
            String paymentIntentId,
            UUID by,
            Instant at) {
        return new Payment(
                UUID.randomUUID(), order, Direction.PAYMENT, method, amount, reference, paymentIntentId, null, by, at);
    }

    static Payment out(
            UUID id,
            Order order,
            PaymentMethod method,
            Money amount,
            String reference,
            String paymentIntentId,
            String refundId,
            UUID by,
            Instant at) {
        return new Payment(id, order, Direction.REFUND, method, amount, reference, paymentIntentId, refundId, by, at);
    }

    PaymentView view() {
        return new PaymentView(
                id, direction.name(), method.name(), Money.cad(amount).toString(), reference, recordedBy, recordedAt);
    }

    UUID id() {
        return id;
    }

    Direction direction() {
        return direction;
    }

    PaymentMethod method() {
        return method;
    }

    Money amount() {
        return Money.cad(amount);
    }

    String paymentIntentId() {
        return paymentIntentId;
    }
}
