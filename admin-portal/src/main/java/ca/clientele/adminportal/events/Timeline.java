package ca.clientele.adminportal.events;

import ca.clientele.adminportal.backend.Backends;
import ca.clientele.adminportal.backend.ServicePage;
import java.util.List;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** A client's events from the event service (newest first, as the service orders them). */
@Component
public class Timeline {

    static final int SIZE = 20;

    private static final ParameterizedTypeReference<ServicePage<EventEntry>> PAGE_OF_EVENTS =
            new ParameterizedTypeReference<>() {};

    private final RestClient http;

    Timeline(Backends backends) {
        this.http = backends.events();
    }

    /** The most recent entries, ready to show (localized title, Montreal time). */
    public List<TimelineEntry> recent(UUID clientId) {
        ServicePage<EventEntry> page = http.get()
                .uri("/api/events?clientId={clientId}&page={page}&size={size}", clientId, 0, SIZE)
                .retrieve()
                .body(PAGE_OF_EVENTS);
        return page.content().stream().map(TimelineEntry::of).toList();
    }

    EventEntry event(String eventId) {
        return http.get().uri("/api/events/{id}", eventId).retrieve().body(EventEntry.class);
    }
}
