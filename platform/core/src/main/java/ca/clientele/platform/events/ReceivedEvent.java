package ca.clientele.platform.events;

import java.time.OffsetDateTime;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudEvent as a consumer reads it. Consumers are tolerant readers: they map {@link #data()}
 * into their own records with {@link #dataAs(Class)}, ignoring fields they do not know.
 */
public record ReceivedEvent(String id, String source, String type, String subject, OffsetDateTime time, JsonNode data) {

    private static final JsonMapper TOLERANT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static ReceivedEvent parse(byte[] json) {
        JsonNode node = TOLERANT.readTree(json);
        return new ReceivedEvent(
                text(node, "id"),
                text(node, "source"),
                text(node, "type"),
                text(node, "subject"),
                node.hasNonNull("time") ? OffsetDateTime.parse(node.get("time").asString()) : null,
                node.get("data"));
    }

    public <T> T dataAs(Class<T> type) {
        return TOLERANT.treeToValue(data, type);
    }

    private static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("CloudEvent without " + field);
        }
        return node.get(field).asString();
    }
}
