package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders follow appointments (booking's events, a tolerant reader of the fields it needs): {@code appointment-booked}
 * places the order (once per appointment, whatever the redeliveries: processed events plus the unique appointment
 * id), {@code appointment-cancelled} cancels or refunds it by the policy, {@code appointment-completed} completes it,
 * {@code appointment-changed} replaces an unpaid order whose lines it changed.
 */
@Component
class BookingEventsListener {

    static final String PREFIX = "ca.clientele.booking.";
    private static final String BOOKED = PREFIX + "appointment-booked";
    private static final String CANCELLED = PREFIX + "appointment-cancelled";
    private static final String COMPLETED = PREFIX + "appointment-completed";
    private static final String CHANGED = PREFIX + "appointment-changed";
    /** The events that concern orders; booking's others are not recorded as processed either. */
    private static final Set<String> HANDLED = Set.of(BOOKED, CANCELLED, COMPLETED, CHANGED);

    private static final Logger log = LoggerFactory.getLogger(BookingEventsListener.class);

    private final Orders orders;
    private final ProcessedEvents processed;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    BookingEventsListener(
            Orders orders, ProcessedEvents processed, TransactionTemplate transaction, EntityManager entityManager) {
        this.orders = orders;
        this.processed = processed;
        this.transaction = transaction;
        this.entityManager = entityManager;
    }

    // Booking keys its events by client, so a client's appointments stay in order with up to one consumer per
    // partition; more than the default one is a setting to measure first (ADR 0036). One transaction per poll
    // (at most max-poll-records events) instead of one per event: the commit and the duplicate check are paid once.
    @KafkaListener(
            id = "billing-orders",
            topics = BookingTopicConfiguration.NAME,
            batch = "true",
            concurrency = "${clientele.billing.orders.concurrency:1}",
            properties = "max.poll.records=${clientele.billing.orders.max-poll-records:100}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        try {
            transaction.executeWithoutResult(status -> handle(records));
        } catch (RuntimeException batchFailed) {
            // Handled again one by one, each in its own transaction, to find the failing record: those before it
            // are kept, and the error handler retries it, then skips it, and goes on with the rest.
            log.warn(
                    "A poll of {} booking records failed ({}); handling them one by one",
                    records.size(),
                    batchFailed.getClass().getName());
            for (int index = 0; index < records.size(); index++) {
                List<ConsumerRecord<String, byte[]>> one = List.of(records.get(index));
                try {
                    transaction.executeWithoutResult(status -> handle(one));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException("booking record failed", failed, index);
                }
            }
        }
    }

    private void handle(List<ConsumerRecord<String, byte[]>> records) {
        List<ReceivedEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            ReceivedEvent event = ReceivedEvent.parse(record.value());
            if (event.type() != null && HANDLED.contains(event.type())) {
                events.add(event);
            }
        }
        Set<String> first = new HashSet<>(processed.firstDeliveries(
                "billing-orders", events.stream().map(ReceivedEvent::id).toList()));
        for (ReceivedEvent event : events) {
            // remove: a redelivery inside the same poll is handled once
            if (first.remove(event.id())) {
                handle(event);
                // Each event's changes are written now and forgotten, so the persistence context does not grow
                // with the poll (every flush would check every order placed before it).
                entityManager.flush();
                entityManager.clear();
            }
        }
    }

    private void handle(ReceivedEvent event) {
        switch (event.type()) {
            case BOOKED -> booked(event.id(), event.dataAs(Booked.class));
            case CANCELLED -> {
                Cancelled cancelled = event.dataAs(Cancelled.class);
                orders.appointmentCancelled(
                        cancelled.appointmentId(),
                        cancelled.byRole(),
                        cancelled.cancelledBy(),
                        Duration.ofMinutes(cancelled.noticeMinutes() == null ? 0 : cancelled.noticeMinutes()));
            }
            case COMPLETED ->
                orders.appointmentCompleted(event.dataAs(Completed.class).appointmentId());
            case CHANGED -> {
                Changed changed = event.dataAs(Changed.class);
                if (changed.appointmentId() == null
                        || changed.lines() == null
                        || changed.lines().isEmpty()) {
                    log.warn("Skipped appointment-changed event {} without appointment or lines", event.id());
                    return;
                }
                UUID serviceId = changed.to() == null ? null : changed.to().serviceId();
                orders.appointmentChanged(
                        changed.appointmentId(), orderLines(changed.lines(), serviceId), changed.changedBy());
            }
            default -> throw new IllegalStateException("not a handled type: " + event.type());
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
        orders.place(new NewOrder(
                booked.clientId(),
                OrderKind.APPOINTMENT,
                booked.appointmentId(),
                orderLines(booked.lines(), booked.serviceId()),
                booked.bookedBy(),
                false));
    }

    private static List<OrderLine> orderLines(List<Line> lines, UUID serviceId) {
        return lines.stream()
                .map(line -> new OrderLine(
                        line.description(),
                        line.description(),
                        serviceId,
                        null,
                        null,
                        line.quantity(),
                        Money.cad(line.unitPrice()),
                        line.taxable()))
                .toList();
    }

    /** A priced line as booking's events carry it. */
    record Line(String description, int quantity, BigDecimal unitPrice, boolean taxable) {}

    /** What billing reads of appointment-booked. */
    record Booked(UUID appointmentId, UUID clientId, UUID serviceId, List<Line> lines, UUID bookedBy) {}

    /** What billing reads of appointment-changed: the new lines, which replace an unpaid order's. */
    record Changed(UUID appointmentId, To to, List<Line> lines, UUID changedBy) {

        record To(UUID serviceId) {}
    }

    /** What billing reads of appointment-cancelled. */
    record Cancelled(UUID appointmentId, UUID cancelledBy, String byRole, Integer noticeMinutes) {}

    /** What billing reads of appointment-completed. */
    record Completed(UUID appointmentId) {}
}
