package ca.clientele.event.timeline;

import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the timeline from every service's topic. Failures go to the error handler of {@link TimelineKafkaConfiguration}. */
@Component
class TimelineListener {

    private static final Logger log = LoggerFactory.getLogger(TimelineListener.class);

    private final TimelineRecorder recorder;
    private final Clock clock;

    TimelineListener(TimelineRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    // One consumer thread per partition up to the concurrency (3 partitions locally): a client's events share a
    // partition, so they stay in order; the chain's per-client lock covers a rebalance's overlap (ADR 0026).
    @KafkaListener(
            concurrency = "${clientele.events.timeline.concurrency:3}",
            topics = {
                TimelineTopics.CLIENT,
                TimelineTopics.TICKET,
                TimelineTopics.BOOKING,
                TimelineTopics.BILLING,
                TimelineTopics.DOCUMENT,
                TimelineTopics.NOTIFICATION
            })
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.parse(record.value(), clock.instant());
        try {
            if (!recorder.record(event)) {
                log.debug("Event {} already on the timeline", event.id());
            }
        } catch (DataIntegrityViolationException alreadyStored) {
            // The unique event id caught a duplicate the ledger missed (ledger row purged?): nothing to do.
            log.info("Event {} already on the timeline (unique event id)", event.id());
        }
    }
}
