package ca.clientele.adminportal.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One event as the event service returns it ({@code TimelineEntryView}); {@code title} and
 * {@code summary} are already in the user's language, {@code link} is a path of this portal.
 * {@code raw} (the CloudEvent as received) is there for administrators only.
 */
record EventEntry(
        String id,
        String type,
        String source,
        Instant occurredAt,
        UUID clientId,
        String title,
        String summary,
        String category,
        String actorKind,
        UUID actorId,
        String link,
        JsonNode data,
        JsonNode raw,
        Long chainPosition) {

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

    /** The raw CloudEvent, indented for reading; null when the service did not send it. */
    public String rawJson() {
        return raw == null || raw.isNull() ? null : raw.toPrettyString();
    }

    /** The line to show: the summary, or the title from a service that has none. */
    public String line() {
        return summary != null ? summary : title;
    }
}
