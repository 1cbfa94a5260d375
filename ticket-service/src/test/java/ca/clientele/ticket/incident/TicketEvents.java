package ca.clientele.ticket.incident;

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

/** Reads what the service published on {@code clientele.ticket.v1} and checks it against {@code docs/events/}. */
final class TicketEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOCS = Path.of("..", "docs", "events");
    private static final String PREFIX = "ca.clientele.ticket.";

    private final Consumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    TicketEvents(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of("clientele.ticket.v1"));
    }

    /** The client's first event of a short type, checked against the envelope and its schema; its data. */
    JsonNode first(UUID clientId, String type) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
            return !of(clientId, type).isEmpty();
        });
        String raw = of(clientId, type).getFirst();
        assertValid("cloudevent-envelope.schema.json", raw);
        JsonNode event = JSON.readTree(raw);
        assertValid(type + ".schema.json", event.get("data").toString());
        assertThat(event.get("subject").asString()).isEqualTo(clientId.toString());
        return event.get("data");
    }

    private List<String> of(UUID clientId, String type) {
        return seen.stream()
                .filter(r -> clientId.toString().equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .filter(raw -> JSON.readTree(raw).get("type").asString().equals(PREFIX + type))
                .toList();
    }

    private static void assertValid(String schemaFile, String json) {
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
