package ca.clientele.booking.appointment;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments follow their orders (billing's events, a tolerant reader): {@code order-placed} stores the order's id
 * and number on the appointment, {@code order-paid} confirms it (UNPAID → CONFIRMED), {@code order-completed},
 * {@code order-cancelled} and {@code order-refunded} keep the order's status shown beside it. Idempotent on the
 * CloudEvent id; billing keys its events by client, so an appointment's arrive in order.
 */
@Component
class OrderEventsListener {

    static final String TOPIC = "clientele.billing.v1";
    private static final String PREFIX = "ca.clientele.billing.";

    private final AppointmentRepository appointments;
    private final ProcessedEvents processed;
    private final Clock clock;

    OrderEventsListener(AppointmentRepository appointments, ProcessedEvents processed, Clock clock) {
        this.appointments = appointments;
        this.processed = processed;
        this.clock = clock;
    }

    @KafkaListener(id = "booking-orders", topics = TOPIC)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.parse(record.value());
        String type = event.type() == null || !event.type().startsWith(PREFIX)
                ? ""
                : event.type().substring(PREFIX.length());
        String orderStatus = switch (type) {
            case "order-placed" -> "PENDING_PAYMENT";
            case "order-paid" -> "PAID";
            case "order-completed" -> "COMPLETED";
            case "order-cancelled" -> "CANCELLED";
            case "order-refunded" -> null; // its status field says
            default -> "";
        };
        if ("".equals(orderStatus)) {
            return;
        }
        OrderChange change = event.dataAs(OrderChange.class);
        if (change.appointmentId() == null || !processed.firstDelivery("booking-orders", event.id())) {
            return;
        }
        // The order's number and status are annotations from billing, written without moving the appointment's
        // version: a staff member's form opened a moment before must not turn stale because the order was placed.
        // Only a payment that confirms an unpaid appointment changes the appointment itself (its version moves).
        UUID id = change.appointmentId();
        if ("order-placed".equals(type)) {
            appointments.recordOrder(id, change.orderId(), Long.toString(change.number()));
            return;
        }
        String status = orderStatus == null ? change.status() : orderStatus;
        appointments.findById(id).ifPresent(appointment -> {
            if (!appointment.hasOrder(change.orderId())) {
                return; // an order since replaced by another (its appointment changed before it was paid)
            }
            if (appointment.confirmedBy(status)) {
                appointment.orderStatus(status, clock.instant());
            } else {
                appointments.recordOrderStatus(id, change.orderId(), status);
            }
        });
    }

    /** What booking reads of billing's order events. */
    record OrderChange(UUID orderId, long number, UUID appointmentId, String status) {}

    /** Billing's topic exists before this listener subscribes. */
    @Configuration(proxyBeanMethods = false)
    static class BillingTopic {

        @Bean
        KafkaAdmin.NewTopics billingTopic(
                @Value("${clientele.events.partitions:3}") int partitions,
                @Value("${clientele.events.replicas:1}") int replicas) {
            return new KafkaAdmin.NewTopics(new NewTopic[] {
                TopicBuilder.name(TOPIC)
                        .partitions(partitions)
                        .replicas(replicas)
                        .build()
            });
        }
    }
}
