package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.PaymentMetrics;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.observability.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What orders tell the rest of the platform, through the outbox, inside the caller's transaction (schemas in
 * docs/events). Ids, numbers, codes and amounts only: never a name, an address, a reference or a reason typed by a
 * person. The subject is the order's client, so a client's events stay in order.
 */
@Component
class OrderEvents {

    private final DomainEvents events;
    private final MeterRegistry meters;

    OrderEvents(DomainEvents events, MeterRegistry meters) {
        this.events = events;
        this.meters = meters;
    }

    void placed(Order order) {
        events.publish(
                "order-placed",
                order.clientId(),
                new Placed(
                        order.id(),
                        order.number(),
                        order.appointmentId(),
                        order.clientId(),
                        order.kind().name(),
                        order.total().amount()));
    }

    void paymentRecorded(Order order, Payment payment) {
        AfterCommit.increment(PaymentMetrics.payments(
                meters, PaymentMetrics.SUCCEEDED, payment.method().name()));
        events.publish(
                "payment-recorded",
                order.clientId(),
                new PaymentRecorded(
                        payment.id(),
                        order.id(),
                        order.number(),
                        order.clientId(),
                        payment.method().name(),
                        payment.amount().amount(),
                        order.amountDue().amount()));
    }

    void paid(Order order, Instant at) {
        events.publish(
                "order-paid",
                order.clientId(),
                new Paid(
                        order.id(),
                        order.number(),
                        order.appointmentId(),
                        order.clientId(),
                        order.total().amount(),
                        at));
    }

    void completed(Order order) {
        events.publish(
                "order-completed",
                order.clientId(),
                new Completed(order.id(), order.number(), order.appointmentId(), order.clientId()));
    }

    void cancelled(Order order, String outcome) {
        events.publish(
                "order-cancelled",
                order.clientId(),
                new Cancelled(
                        order.id(),
                        order.number(),
                        order.appointmentId(),
                        order.clientId(),
                        outcome,
                        order.amountCancelled().amount(),
                        order.amountRefunded().amount()));
    }

    void refunded(Order order, Money amount, String to, boolean fully) {
        events.publish(
                "order-refunded",
                order.clientId(),
                new Refunded(
                        order.id(),
                        order.number(),
                        order.appointmentId(),
                        order.clientId(),
                        amount.amount(),
                        to,
                        fully,
                        order.status().name()));
    }

    record Placed(UUID orderId, long number, UUID appointmentId, UUID clientId, String kind, BigDecimal total) {}

    record PaymentRecorded(
            UUID paymentId,
            UUID orderId,
            long number,
            UUID clientId,
            String method,
            BigDecimal amount,
            BigDecimal amountDue) {}

    record Paid(UUID orderId, long number, UUID appointmentId, UUID clientId, BigDecimal total, Instant paidAt) {}

    record Completed(UUID orderId, long number, UUID appointmentId, UUID clientId) {}

    record Cancelled(
            UUID orderId,
            long number,
            UUID appointmentId,
            UUID clientId,
            String outcome,
            BigDecimal amountCancelled,
            BigDecimal amountRefunded) {}

    record Refunded(
            UUID orderId,
            long number,
            UUID appointmentId,
            UUID clientId,
            BigDecimal amount,
            String to,
            boolean fully,
            String status) {}
}
