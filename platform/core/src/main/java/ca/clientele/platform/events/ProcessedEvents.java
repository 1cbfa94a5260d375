package ca.clientele.platform.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consumer side of exactly-once effects: a consumer records the CloudEvent id in the same
 * transaction as its effect. A redelivered event finds its id already there and is skipped; the
 * primary key, not application code, decides under concurrency.
 */
public class ProcessedEvents {

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true the first time this consumer sees the event, false for a duplicate */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return jdbc.update(
                        "insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing",
                        consumer,
                        eventId)
                == 1;
    }
}
