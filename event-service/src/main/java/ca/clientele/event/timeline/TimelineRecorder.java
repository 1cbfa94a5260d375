package ca.clientele.event.timeline;

import ca.clientele.platform.events.ProcessedEvents;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Adds an event to its client's timeline exactly once, however often Kafka delivers it. */
@Service
class TimelineRecorder {

    static final String CONSUMER = "timeline";

    private final ProcessedEvents processedEvents;
    private final TimelineRepository timeline;
    private final Clock clock;
    private final JsonMapper json;

    TimelineRecorder(ProcessedEvents processedEvents, TimelineRepository timeline, Clock clock, JsonMapper json) {
        this.json = json;
        this.processedEvents = processedEvents;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * The entry's category and actor are stored with it (the screens filter on them); its chain
     * position and hash are set by the database as it inserts the row (ADR 0026).
     *
     * <p>The ledger row and the entry commit together: a crash between them leaves neither, so the
     * redelivery that follows is applied, not lost.
     *
     * @return false when the event was already on the timeline
     */
    @Transactional
    boolean record(IncomingEvent event) {
        if (!processedEvents.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        JsonNode data = event.data() == null ? null : json.readTree(event.data());
        timeline.save(TimelineEntry.of(
                event,
                clock.instant(),
                EventDescriptions.category(event.type()),
                EventDescriptions.actor(event.type(), event.clientId(), data)));
        return true;
    }
}
