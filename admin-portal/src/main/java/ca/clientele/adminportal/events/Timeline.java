package ca.clientele.adminportal.events;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A client's events from the event service, as the client page shows them. */
@Component
public class Timeline {

    static final int SIZE = 20;

    private final EventClient events;

    Timeline(EventClient events) {
        this.events = events;
    }

    /** The most recent entries, newest first, titles already in the user's language. */
    public List<TimelineEntry> recent(UUID clientId) {
        return events.timeline(clientId, 0, SIZE).content().stream()
                .map(TimelineEntry::of)
                .toList();
    }
}
