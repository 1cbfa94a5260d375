package ca.clientele.document.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
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

/**
 * What the service really published on {@code clientele.document.v1} (from the start of the topic),
 * each event checked against the envelope and its schema in {@code docs/events/}.
 */
final class FormEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOCS = Path.of("..", "docs", "events");

    private final Consumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    FormEvents(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of("clientele.document.v1"));
    }

    /** The client's events of one short type, waiting until there are {@code count}. */
    List<JsonNode> await(UUID clientId, String type, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
            return of(clientId, type).size() >= count;
        });
        return of(clientId, type);
    }

    /** The first such event, after checking it against its documented schema. */
    JsonNode first(UUID clientId, String type) {
        JsonNode event = await(clientId, type, 1).getFirst();
        assertValid(type, event.toString());
        return event;
    }

    private List<JsonNode> of(UUID clientId, String type) {
        return seen.stream()
                .filter(r -> clientId.toString().equals(r.key()))
                .map(r -> JSON.readTree(new String(r.value(), StandardCharsets.UTF_8)))
                .filter(event -> event.get("type").asString().equals("ca.clientele.document." + type))
                .toList();
    }

    static void assertValid(String type, String cloudEventJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode event = new ObjectMapper().readTree(cloudEventJson);
            assertThat(schema("cloudevent-envelope.schema.json").validate(event))
                    .isEmpty();
            assertThat(schema(type + ".schema.json").validate(event.get("data")))
                    .isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DOCS.resolve(file)));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
