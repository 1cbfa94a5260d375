package ca.clientele.adminportal.events;

import ca.clientele.adminportal.web.ServicePage;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A client's events from the event service, as the client page shows them (section 3 of the seed). */
@Component
public class Timeline {

    static final int SIZE = 20;

    private final EventClient events;

    Timeline(EventClient events) {
        this.events = events;
    }

    /** The most recent entries, newest first, summaries already in the user's language; no filter. */
    public ClientTimeline recent(UUID clientId) {
        return of(clientId, new EventSearch(null, null, null, null, null, null, null, null));
    }

    ClientTimeline of(UUID clientId, EventSearch search) {
        ServicePage<EventEntry> page = search.in(events, clientId, SIZE);
        return new ClientTimeline(
                clientId,
                page.content().stream().map(TimelineEntry::of).toList(),
                page.page(),
                search,
                search.query(clientId));
    }

    /**
     * One page of a client's timeline with the filters that chose it.
     *
     * @param query the filters as a query string, for the pager and the Events application's link
     */
    public record ClientTimeline(
            UUID clientId, List<TimelineEntry> entries, ServicePage.PageMeta page, EventSearch search, String query) {

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }
}
