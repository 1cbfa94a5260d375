package ca.clientele.event.timeline;

import ca.clientele.platform.events.ProcessedEvents;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds an event to its client's timeline exactly once, however often Kafka delivers it. */
@Service
class TimelineRecorder {

    static final String CONSUMER = "timeline";

    private final ProcessedEvents processedEvents;
    private final TimelineRepository timeline;
    private final Clock clock;

    TimelineRecorder(ProcessedEvents processedEvents, TimelineRepository timeline, Clock clock) {
        this.processedEvents = processedEvents;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * The ledger row and the entry commit together: a crash between them leaves neither, so the
     * redelivery that follows is applied, not lost.
     *
     * @return false when the event was already on the timeline
     */
    @Transactional
    boolean record(IncomingEvent event) {
        if (!processedEvents.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        timeline.save(TimelineEntry.of(event, clock.instant()));
        return true;
    }
}
