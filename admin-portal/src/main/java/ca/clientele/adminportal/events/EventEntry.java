package ca.clientele.adminportal.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a client's timeline as the event service returns it ({@code TimelineEntryView});
 * {@code title} is already in the user's language.
 */
record EventEntry(String id, String type, String source, Instant occurredAt, String title, JsonNode data) {

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
