package ca.clientele.adminportal.events;

import java.time.Instant;

/** A line of the timeline on the client page: what happened, when (Montreal), and its page. */
public record TimelineEntry(String id, String title, String type, Instant occurredAt) {

    static TimelineEntry of(EventEntry event) {
        return new TimelineEntry(event.id(), event.title(), event.type(), event.occurredAt());
    }
}
