package ca.clientele.event.timeline;

import ca.clientele.platform.events.ReceivedEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What the timeline keeps of a CloudEvent. Tolerant reader: any type is accepted and {@code data}
 * is kept as the producer wrote it (JSON), because the timeline shows facts it need not understand.
 *
 * @param data the CloudEvent {@code data} as JSON text, or null when the event has none
 * @param envelope the whole CloudEvent as received (JSON text), shown to administrators
 */
record IncomingEvent(
        String id, UUID clientId, String type, String source, Instant occurredAt, String data, String envelope) {

    /**
     * @param receivedAt stands in for the event time when a producer omitted it (time is optional
     *     in CloudEvents 1.0), so such an event still has a place in the timeline
     * @throws MalformedEventException when the bytes are not a CloudEvent about a client
     */
    static IncomingEvent parse(byte[] value, Instant receivedAt) {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty record");
        }
        ReceivedEvent event;
        try {
            event = ReceivedEvent.parse(value);
        } catch (RuntimeException notACloudEvent) {
            throw new MalformedEventException(
                    "not a CloudEvent in JSON (" + notACloudEvent.getClass().getSimpleName() + ")");
        }
        if (event.id().isBlank() || event.type().isBlank() || event.source().isBlank()) {
            throw new MalformedEventException("blank id, type or source");
        }
        return new IncomingEvent(
                event.id(),
                clientId(event.subject()),
                event.type(),
                event.source(),
                event.time() == null ? receivedAt : event.time().toInstant(),
                event.data() == null || event.data().isNull()
                        ? null
                        : event.data().toString(),
                new String(value, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The subject must be a client id in canonical form; anything else names no timeline. */
    private static UUID clientId(String subject) {
        try {
            UUID id = UUID.fromString(subject);
            // UUID.fromString also accepts short forms such as "1-2-3-4-5".
            if (id.toString().equals(subject.toLowerCase(Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // reported below
        }
        throw new MalformedEventException("subject is not a client id");
    }
}
