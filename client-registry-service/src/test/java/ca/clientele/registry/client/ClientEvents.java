package ca.clientele.registry.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what the registry published on {@code clientele.client.v1}, from the start of the topic. */
final class ClientEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Consumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    ClientEvents(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of("clientele.client.v1"));
    }

    /** The client's events of one short type ({@code client-updated}), waiting until there are {@code count}. */
    List<String> await(UUID clientId, String type, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
            return of(clientId, type).size() >= count;
        });
        return of(clientId, type);
    }

    /** The first such event, as raw JSON (checked against its schema by the caller). */
    String first(UUID clientId, String type) {
        return await(clientId, type, 1).getFirst();
    }

    static JsonNode data(String rawEvent) {
        return JSON.readTree(rawEvent).get("data");
    }

    private List<String> of(UUID clientId, String type) {
        return seen.stream()
                .filter(r -> clientId.toString().equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .filter(raw -> JSON.readTree(raw).get("type").asString().equals("ca.clientele.client." + type))
                .toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
