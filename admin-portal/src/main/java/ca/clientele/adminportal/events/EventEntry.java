package ca.clientele.adminportal.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a client's timeline as the event service returns it. {@code title} is already in
 * the user's language; {@code subject} (the client id, CloudEvents style) is read if present.
 */
record EventEntry(
        String id, String type, String source, Instant occurredAt, String title, String subject, JsonNode data) {

    /** The client this event is about, when the service says so: the page links back to them. */
    public Optional<UUID> clientId() {
        try {
            return Optional.ofNullable(subject).map(UUID::fromString);
        } catch (IllegalArgumentException notAClientId) {
            return Optional.empty();
        }
    }

    /** The event's data as name/value pairs; nested values are shown as compact JSON. */
    public List<Map.Entry<String, String>> fields() {
        if (data == null || !data.isObject()) {
            return data == null || data.isNull() ? List.of() : List.of(Map.entry("value", data.toString()));
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : data.properties()) {
            JsonNode value = property.getValue();
            fields.add(Map.entry(property.getKey(), value.isValueNode() ? value.asString() : value.toString()));
        }
        return fields;
    }
}
