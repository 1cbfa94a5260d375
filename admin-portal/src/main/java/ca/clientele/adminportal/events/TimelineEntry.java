package ca.clientele.adminportal.events;

import java.time.Instant;

/** A line of a timeline: what happened (summary), its category and actor, when (Montreal), and its page. */
public record TimelineEntry(
        String id, String title, String summary, String category, String actorKind, String type, Instant occurredAt) {

    static TimelineEntry of(EventEntry event) {
        return new TimelineEntry(
                event.id(),
                event.title(),
                event.line(),
                event.category(),
                event.actorKind(),
                event.type(),
                event.occurredAt());
    }
}
