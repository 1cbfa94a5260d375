package ca.clientele.billing.order;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Publishes what booking-service and client-registry-service would, on their topics, keyed by the client id. */
final class PeerEvents {

    /** The service booked and changed to (a change of pets keeps it). */
    static final UUID NAIL_TRIM = UUID.fromString("5e1f0a52-3c1d-4b1e-9a77-0d2f3c4b5a61");

    private final EmbeddedKafkaBroker broker;
    private List<ProducerRecord<String, byte[]>> held;

    PeerEvents(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /** An appointment with one line of {@code quantity} × {@code unitPrice}, taxable. */
    void booked(String eventId, UUID appointmentId, UUID clientId, int quantity, String unitPrice) {
        BigDecimal amount = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity));
        String pets = String.join(",", java.util.Collections.nCopies(quantity, "\"" + UUID.randomUUID() + "\""));
        publish("clientele.booking.v1", eventId, clientId, "ca.clientele.booking.appointment-booked", """
                {"appointmentId": "%s", "clientId": "%s", "number": 1515, "seriesId": null,
                 "serviceId": "%s", "branchId": "%s", "staffId": "%s",
                 "start": "2026-12-10T15:00:00Z", "end": "2026-12-10T15:20:00Z", "place": "IN_STORE",
                 "petIds": [%s],
                 "lines": [{"description": "Taille des griffes", "quantity": %d, "unitPrice": %s, "amount": %s, "taxable": true}],
                 "currency": "CAD", "bookedBy": "%s", "byRole": "CLIENT"}""".formatted(
                        appointmentId,
                        clientId,
                        NAIL_TRIM,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        pets,
                        quantity,
                        unitPrice,
                        amount.toPlainString(),
                        clientId));
    }

    /** Staff changed the appointment's pets (and so its line's quantity), as booking publishes it. */
    void changed(String eventId, UUID appointmentId, UUID clientId, int quantity, String unitPrice) {
        BigDecimal amount = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity));
        UUID service = NAIL_TRIM;
        UUID staff = UUID.randomUUID();
        String when = """
                {"start": "2026-12-10T15:00:00Z", "end": "2026-12-10T15:20:00Z", "staffId": "%s"}""".formatted(staff);
        publish("clientele.booking.v1", eventId, clientId, "ca.clientele.booking.appointment-changed", """
                {"appointmentId": "%s", "clientId": "%s",
                 "from": {"serviceId": "%s", "petIds": ["%s"], "when": %s},
                 "to": {"serviceId": "%s", "petIds": [%s], "when": %s},
                 "lines": [{"description": "Taille des griffes", "quantity": %d, "unitPrice": %s, "amount": %s, "taxable": true}],
                 "currency": "CAD", "changedBy": "%s", "byRole": "STAFF"}""".formatted(
                        appointmentId,
                        clientId,
                        service,
                        UUID.randomUUID(),
                        when,
                        service,
                        String.join(",", java.util.Collections.nCopies(quantity, "\"" + UUID.randomUUID() + "\"")),
                        when,
                        quantity,
                        unitPrice,
                        amount.toPlainString(),
                        staff));
    }

    void cancelled(UUID appointmentId, UUID clientId, String byRole, int noticeMinutes) {
        publish(
                "clientele.booking.v1",
                UUID.randomUUID().toString(),
                clientId,
                "ca.clientele.booking.appointment-cancelled",
                """
                {"appointmentId": "%s", "clientId": "%s", "serviceId": "%s", "branchId": "%s", "staffId": "%s",
                 "start": "2026-12-10T15:00:00Z", "end": "2026-12-10T15:20:00Z", "cancelledAt": "2026-12-08T15:00:00Z",
                 "cancelledBy": "%s", "byRole": "%s", "reasonGiven": false, "noticeMinutes": %d}""".formatted(
                                appointmentId,
                                clientId,
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                clientId,
                                byRole,
                                noticeMinutes));
    }

    void completed(UUID appointmentId, UUID clientId) {
        publish(
                "clientele.booking.v1",
                UUID.randomUUID().toString(),
                clientId,
                "ca.clientele.booking.appointment-completed",
                """
                {"appointmentId": "%s", "clientId": "%s", "staffId": "%s", "completedBy": "%s"}""".formatted(appointmentId, clientId, UUID.randomUUID(), UUID.randomUUID()));
    }

    void billingChanged(UUID clientId, String status, String discountPercent, String discountEndsOn, String language) {
        publish(
                "clientele.client.v1",
                UUID.randomUUID().toString(),
                clientId,
                "ca.clientele.client.client-billing-changed",
                """
                {"clientId": "%s", "status": "%s", "discountPercent": %s, "discountEndsOn": %s,
                 "preferredLanguage": "%s"}""".formatted(
                                clientId,
                                status,
                                discountPercent,
                                discountEndsOn == null ? "null" : "\"" + discountEndsOn + "\"",
                                language));
    }

    void statusChanged(UUID clientId, String from, String to) {
        publish(
                "clientele.client.v1",
                UUID.randomUUID().toString(),
                clientId,
                "ca.clientele.client.client-status-changed",
                """
                {"clientId": "%s", "from": "%s", "to": "%s", "changedBy": "%s"}""".formatted(clientId, from, to, UUID.randomUUID()));
    }

    void registered(UUID clientId) {
        publish(
                "clientele.client.v1",
                UUID.randomUUID().toString(),
                clientId,
                "ca.clientele.client.client-registered",
                """
                {"clientId": "%s", "registeredAt": "%s", "channel": "PORTAL"}""".formatted(clientId, OffsetDateTime.now()));
    }

    void updated(UUID clientId, String... changedFields) {
        publish(
                "clientele.client.v1",
                UUID.randomUUID().toString(),
                clientId,
                "ca.clientele.client.client-updated",
                """
                {"clientId": "%s", "changedFields": ["%s"], "changedBy": "%s"}""".formatted(clientId, String.join("\", \"", changedFields), clientId));
    }

    /** A record on booking's topic that is no CloudEvent at all (a poison record). */
    void malformed(UUID clientId) {
        send(new ProducerRecord<>(
                "clientele.booking.v1", clientId.toString(), "{not json".getBytes(StandardCharsets.UTF_8)));
    }

    /** Holds what is published until {@link #release()}: then sent by one producer, so most likely one poll. */
    void hold() {
        held = new ArrayList<>();
    }

    void release() {
        List<ProducerRecord<String, byte[]>> records = held;
        held = null;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            records.forEach(producer::send);
        }
    }

    private void publish(String topic, String eventId, UUID clientId, String type, String data) {
        String json = """
                {"specversion": "1.0", "id": "%s", "source": "/clientele/test",
                 "type": "%s", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json", "data": %s}""".formatted(eventId, type, clientId, OffsetDateTime.now(), data);
        send(new ProducerRecord<>(topic, clientId.toString(), json.getBytes(StandardCharsets.UTF_8)));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        if (held != null) {
            held.add(record);
            return;
        }
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(record);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                org.springframework.kafka.test.utils.KafkaTestUtils.producerProps(broker),
                new StringSerializer(),
                new ByteArraySerializer());
    }
}
