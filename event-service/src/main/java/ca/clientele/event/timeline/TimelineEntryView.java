package ca.clientele.event.timeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One timeline entry as the portals show it, titled and summarised in the caller's language.
 *
 * @param id the CloudEvent id (the key to open the entry)
 * @param title the type's name ("Commande créée")
 * @param summary the entry in one line from its facts ("Commande #1514 créée — 40,24 $")
 * @param category client, messages, appointments, billing, documents, notifications or security
 * @param actorKind CLIENT, STAFF or SYSTEM
 * @param actorId the client or staff member who acted, when the event names them
 * @param link the admin-portal path of what the event is about ("/clients/{id}/commandes/{orderId}")
 * @param data the event's facts as the producer published them (ids, amounts, states)
 * @param raw the whole CloudEvent as received: for administrators, on the single entry only
 * @param chainPosition the entry's place in its client's hash chain (1 = first kept)
 */
record TimelineEntryView(
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
        // springdoc would describe Jackson 3's JsonNode class itself (isArray, nodeType…), not a JSON value.
        @Schema(
                implementation = Object.class,
                description = "The CloudEvent's data as its producer published it; schemas in docs/events/")
        JsonNode data,

        @Schema(
                implementation = Object.class,
                nullable = true,
                description = "The CloudEvent as received; administrators only, on GET /api/events/{eventId}")
        JsonNode raw,

        Long chainPosition) {}
