package ca.clientele.event.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Checks what the notifications publish against the documented schemas in {@code docs/events/}. */
final class EventSchemas {

    private static final Path DOCS = Path.of("..", "docs", "events");
    // Jackson 2 only because the schema validator speaks it.
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventSchemas() {}

    static void assertValid(String eventName, String cloudEventJson) {
        try {
            JsonNode event = MAPPER.readTree(cloudEventJson);
            assertThat(validate("cloudevent-envelope.schema.json", event)).isEmpty();
            assertThat(validate(eventName + ".schema.json", event.get("data"))).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(String schemaFile, JsonNode node) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DOCS.resolve(schemaFile)));
        return schema.validate(node);
    }
}
