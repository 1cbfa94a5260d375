package ca.clientele.event.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Feeds the timeline from every service's topic, one transaction per poll (ADR 0036). A batch that fails is
 * recorded again one record at a time, so that a poison record is found: the records before it are kept, and the
 * error handler of {@link TimelineKafkaConfiguration} retries it, then skips it, and goes on with the rest.
 */
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
    // partition, so they stay in order within a poll and across polls; the chain's per-client lock covers a
    // rebalance's overlap (ADR 0026).
    @KafkaListener(
            batch = "true",
            concurrency = "${clientele.events.timeline.concurrency:3}",
            topics = {
                TimelineTopics.CLIENT,
                TimelineTopics.TICKET,
                TimelineTopics.BOOKING,
                TimelineTopics.BILLING,
                TimelineTopics.DOCUMENT,
                TimelineTopics.NOTIFICATION
            })
    void on(List<ConsumerRecord<String, byte[]>> records) {
        Instant now = clock.instant();
        List<IncomingEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(IncomingEvent.parse(record.value(), now));
            } catch (MalformedEventException malformed) {
                TimelineKafkaConfiguration.skipMalformed(record, malformed);
            }
        }
        try {
            recorder.recordAll(events);
        } catch (RuntimeException batchFailed) {
            log.warn(
                    "A batch of {} timeline records failed ({}); recording them one by one",
                    records.size(),
                    batchFailed.getClass().getName());
            for (int index = 0; index < records.size(); index++) {
                try {
                    recordOne(records.get(index), now);
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException("timeline record failed", failed, index);
                }
            }
        }
    }

    private void recordOne(ConsumerRecord<String, byte[]> record, Instant now) {
        IncomingEvent event;
        try {
            event = IncomingEvent.parse(record.value(), now);
        } catch (MalformedEventException malformed) {
            return; // logged on the batch's first pass
        }
        try {
            if (!recorder.record(event)) {
                log.debug("Event {} already on the timeline", event.id());
            }
        } catch (DuplicateKeyException alreadyStored) {
            // The unique event id caught a duplicate the ledger missed (ledger row purged?): nothing to do. Any other
            // refusal (a value the database cannot store) goes to the error handler: retried, then skipped.
            log.info("Event {} already on the timeline (unique event id)", event.id());
        }
    }
}
