package ca.clientele.event.timeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One timeline entry as the portals show it, titled in the caller's language.
 *
 * @param id the CloudEvent id (the key to open the entry)
 * @param data the event's facts as the producer published them (ids, amounts, states)
 */
record TimelineEntryView(
        String id,
        String type,
        String source,
        Instant occurredAt,
        String title,
        // springdoc would describe Jackson 3's JsonNode class itself (isArray, nodeType…), not a JSON value.
        @Schema(
                implementation = Object.class,
                description = "The CloudEvent's data as its producer published it; schemas in docs/events/")
        JsonNode data) {}
