package ca.clientele.adminportal.events;

/** A line of the timeline on the client page: what happened, when (Montreal), and its page. */
public record TimelineEntry(String id, String title, String type, String time) {

    static TimelineEntry of(EventEntry event) {
        return new TimelineEntry(event.id(), event.title(), event.type(), event.time());
    }
}
