package ca.clientele.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Publishes what client-registry-service would, on its topic, as CloudEvents keyed by the client id. */
final class RegistryEvents {

    private final EmbeddedKafkaBroker broker;

    RegistryEvents(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    void statusChanged(String eventId, UUID clientId, String from, String to) {
        publish(eventId, clientId, "client-status-changed", """
                {"clientId": "%s", "from": "%s", "to": "%s", "changedBy": "%s"}""".formatted(clientId, from, to, UUID.randomUUID()));
    }

    void petAdded(UUID clientId, UUID petId) {
        publish(UUID.randomUUID().toString(), clientId, "pet-added", """
                {"clientId": "%s", "petId": "%s", "changedBy": "%s"}""".formatted(clientId, petId, clientId));
    }

    void petArchived(UUID clientId, UUID petId) {
        publish(UUID.randomUUID().toString(), clientId, "pet-archived", """
                {"clientId": "%s", "petId": "%s", "changedBy": "%s"}""".formatted(clientId, petId, clientId));
    }

    /** {@code vaccinations}: the JSON array of the pet's current records ({@code [{vaccine, validUntil, verified}]}). */
    void vaccinationsChanged(UUID clientId, UUID petId, String vaccinations) {
        publish(UUID.randomUUID().toString(), clientId, "pet-vaccinations-changed", """
                {"clientId": "%s", "petId": "%s", "vaccinations": %s, "changedBy": "%s"}""".formatted(
                        clientId, petId, vaccinations, clientId));
    }

    private void publish(String eventId, UUID clientId, String type, String data) {
        String json = """
                {"specversion": "1.0", "id": "%s", "source": "/clientele/client-registry-service",
                 "type": "ca.clientele.client.%s", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json", "data": %s}""".formatted(eventId, type, clientId, OffsetDateTime.now(), data);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                    "clientele.client.v1", clientId.toString(), json.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
