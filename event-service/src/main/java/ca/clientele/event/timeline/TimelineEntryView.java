package ca.clientele.event.timeline;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One timeline entry as the portals show it, titled in the caller's language.
 *
 * @param id the CloudEvent id (the key to open the entry)
 * @param data the event's facts as the producer published them (ids, amounts, states)
 */
record TimelineEntryView(String id, String type, String source, Instant occurredAt, String title, JsonNode data) {}
