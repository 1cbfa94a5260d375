package ca.clientele.registry;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the registry really published on {@code clientele.client.v1} (a fresh consumer group
 * from the earliest offset), so a test can wait for one client's event of a given type.
 */
public final class ClientTopic implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Consumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();

    public ClientTopic(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of("clientele.client.v1"));
    }

    /** One event as published: the CloudEvent's JSON text and its parsed form. */
    public record Received(String key, String raw, JsonNode json) {

        public String type() {
            return json.get("type").asString();
        }

        public JsonNode data() {
            return json.get("data");
        }
    }

    /** The first event about the client with this type (short name) whose data matches. */
    public Received awaitEvent(UUID clientId, String eventName, Predicate<JsonNode> data) {
        String type = "ca.clientele.client." + eventName;
        Predicate<Received> wanted = event ->
                clientId.toString().equals(event.key()) && event.type().equals(type) && data.test(event.data());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return received.stream().anyMatch(wanted);
        });
        return received.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Every event about the client received so far, after one more short poll. */
    public List<Received> about(UUID clientId) {
        poll();
        return received.stream()
                .filter(event -> clientId.toString().equals(event.key()))
                .toList();
    }

    private void poll() {
        KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(record -> {
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            received.add(new Received(record.key(), raw, JSON.readTree(raw)));
        });
    }

    @Override
    public void close() {
        consumer.close();
    }
}
