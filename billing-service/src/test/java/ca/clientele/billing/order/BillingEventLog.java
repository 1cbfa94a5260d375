package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * Reads what the service published on {@code clientele.billing.v1}, each event checked against the envelope schema
 * and its type's schema in {@code docs/events/}, its subject the client's id.
 */
public final class BillingEventLog implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOCS = Path.of("..", "docs", "events");
    private static final String PREFIX = "ca.clientele.billing.";

    private final Consumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

    public BillingEventLog(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of("clientele.billing.v1"));
    }

    /** The data of the client's events of a short type, once at least {@code count} arrived; each one validated. */
    public List<JsonNode> await(UUID clientId, String type, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return of(clientId, type).size() >= count;
        });
        return of(clientId, type).stream()
                .map(raw -> {
                    assertValid("cloudevent-envelope.schema.json", raw);
                    JsonNode event = JSON.readTree(raw);
                    assertValid(type + ".schema.json", event.get("data").toString());
                    assertThat(event.get("subject").asString()).isEqualTo(clientId.toString());
                    return event.get("data");
                })
                .toList();
    }

    public JsonNode first(UUID clientId, String type) {
        return await(clientId, type, 1).getFirst();
    }

    /** The short types of the client's events seen so far (after a short poll), in order of their envelope time. */
    List<String> types(UUID clientId) {
        poll();
        return seen.stream()
                .filter(r -> clientId.toString().equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .sorted(Comparator.comparing(raw ->
                        OffsetDateTime.parse(JSON.readTree(raw).get("time").asString())))
                .map(BillingEventLog::type)
                .toList();
    }

    private void poll() {
        KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
    }

    private List<String> of(UUID clientId, String type) {
        return seen.stream()
                .filter(r -> clientId.toString().equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .filter(raw -> type(raw).equals(type))
                .sorted(Comparator.comparing(raw ->
                        OffsetDateTime.parse(JSON.readTree(raw).get("time").asString())))
                .toList();
    }

    private static String type(String raw) {
        return JSON.readTree(raw).get("type").asString().substring(PREFIX.length());
    }

    static void assertValid(String schemaFile, String json) {
        try {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(DOCS.resolve(schemaFile)));
            assertThat(schema.validate(json, InputFormat.JSON)).as(schemaFile).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
