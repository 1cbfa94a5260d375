package ca.clientele.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consumer's side of the contract in {@code docs/events/}: the events this service's tests feed
 * the timeline are shaped as documented, and the schemas refuse what the contract forbids.
 */
class EventCatalogTest {

    private static final Path DOCS = Path.of("..", "docs", "events");
    // Jackson 2 only because the schema validator speaks it; the service itself uses Jackson 3.
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String REGISTERED = """
            {"specversion":"1.0","id":"0f8e2a47-5c1d-4b3e-9f60-7a2d8c4e1b95",
             "source":"/clientele/client-registry-service","type":"ca.clientele.client.client-registered",
             "subject":"5f0c2a8e-1d3b-4c57-9a0e-2b7f4c1d9e63","time":"2026-11-22T14:05:00.123456Z",
             "datacontenttype":"application/json",
             "data":{"clientId":"5f0c2a8e-1d3b-4c57-9a0e-2b7f4c1d9e63","registeredAt":"2026-11-22T14:05:00.123Z",
                     "channel":"PORTAL"}}
            """;

    @Test
    void aClientRegisteredEventMatchesTheCatalog() throws IOException {
        JsonNode event = MAPPER.readTree(REGISTERED);
        assertThat(validate("cloudevent-envelope.schema.json", event)).isEmpty();
        assertThat(validate("client-registered.schema.json", event.get("data"))).isEmpty();
    }

    @Test
    void theEnvelopeNeedsAClientSubject() throws IOException {
        ObjectNode event = (ObjectNode) MAPPER.readTree(REGISTERED);
        event.put("subject", "Élise Béliveau");
        assertThat(validate("cloudevent-envelope.schema.json", event)).isNotEmpty();
        event.remove("subject");
        assertThat(validate("cloudevent-envelope.schema.json", event)).isNotEmpty();
    }

    @Test
    void clientRegisteredDataRefusesUndocumentedFieldsSuchAsPersonalDetails() throws IOException {
        ObjectNode data = (ObjectNode) MAPPER.readTree(REGISTERED).get("data");
        data.put("email", "elise@exemple.ca");
        assertThat(validate("client-registered.schema.json", data)).isNotEmpty();
        data.remove("email");
        data.put("channel", "EMAIL");
        assertThat(validate("client-registered.schema.json", data)).isNotEmpty();
    }

    @Test
    void theCatalogIndexesEverySchema() throws IOException {
        String index = Files.readString(DOCS.resolve("README.md"));
        try (Stream<Path> files = Files.list(DOCS)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".schema.json")))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(index).contains("(" + name + ")"));
        }
    }

    private static Set<ValidationMessage> validate(String schemaFile, JsonNode node) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DOCS.resolve(schemaFile)));
        return schema.validate(node);
    }
}
