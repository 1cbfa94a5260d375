package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders follow appointments (booking's events, a tolerant reader of the fields it needs): {@code appointment-booked}
 * places the order (once per appointment, whatever the redeliveries: processed events plus the unique appointment
 * id), {@code appointment-cancelled} cancels or refunds it by the policy, {@code appointment-completed} completes it.
 */
@Component
class BookingEventsListener {

    static final String PREFIX = "ca.clientele.booking.";
    private static final Logger log = LoggerFactory.getLogger(BookingEventsListener.class);

    private final Orders orders;
    private final ProcessedEvents processed;

    BookingEventsListener(Orders orders, ProcessedEvents processed) {
        this.orders = orders;
        this.processed = processed;
    }

    // Booking keys its events by client, so a client's appointments stay in order with up to one consumer per
    // partition; more than the default one is a setting to measure first (ADR 0036).
    @KafkaListener(
            id = "billing-orders",
            topics = BookingTopicConfiguration.NAME,
            concurrency = "${clientele.billing.orders.concurrency:1}")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.parse(record.value());
        String type = event.type() == null ? "" : event.type();
        switch (type) {
            case PREFIX + "appointment-booked" -> {
                if (processed.firstDelivery("billing-orders", event.id())) {
                    booked(event.id(), event.dataAs(Booked.class));
                }
            }
            case PREFIX + "appointment-cancelled" -> {
                if (processed.firstDelivery("billing-orders", event.id())) {
                    Cancelled cancelled = event.dataAs(Cancelled.class);
                    orders.appointmentCancelled(
                            cancelled.appointmentId(),
                            cancelled.byRole(),
                            cancelled.cancelledBy(),
                            Duration.ofMinutes(cancelled.noticeMinutes() == null ? 0 : cancelled.noticeMinutes()));
                }
            }
            case PREFIX + "appointment-completed" -> {
                if (processed.firstDelivery("billing-orders", event.id())) {
                    orders.appointmentCompleted(event.dataAs(Completed.class).appointmentId());
                }
            }
            default -> {
                // other booking events do not concern orders
            }
        }
    }

    private void booked(String eventId, Booked booked) {
        if (booked.appointmentId() == null
                || booked.clientId() == null
                || booked.lines() == null
                || booked.lines().isEmpty()) {
            log.warn("Skipped appointment-booked event {} without appointment, client or lines", eventId);
            return;
        }
        if (orders.hasOrderFor(booked.appointmentId())) {
            return;
        }
        List<OrderLine> lines = booked.lines().stream()
                .map(line -> new OrderLine(
                        line.description(),
                        line.description(),
                        booked.serviceId(),
                        null,
                        null,
                        line.quantity(),
                        Money.cad(line.unitPrice()),
                        line.taxable()))
                .toList();
        orders.place(new NewOrder(
                booked.clientId(), OrderKind.APPOINTMENT, booked.appointmentId(), lines, booked.bookedBy(), false));
    }

    /** What billing reads of appointment-booked. */
    record Booked(UUID appointmentId, UUID clientId, UUID serviceId, List<Line> lines, UUID bookedBy) {

        record Line(String description, int quantity, BigDecimal unitPrice, boolean taxable) {}
    }

    /** What billing reads of appointment-cancelled. */
    record Cancelled(UUID appointmentId, UUID cancelledBy, String byRole, Integer noticeMinutes) {}

    /** What billing reads of appointment-completed. */
    record Completed(UUID appointmentId) {}
}
