package ca.clientele.platform.events;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * The batch form of {@link #firstDelivery}: one statement for a whole poll of records instead of one round trip
     * each. A concurrent transaction recording the same id makes this one wait for its outcome, as for one id.
     *
     * @return the ids this consumer sees for the first time (a subset of {@code eventIds})
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> firstDeliveries(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(
                "insert into processed_event (consumer, event_id) select ?, id from unnest(?::text[]) as id"
                        + " on conflict do nothing returning event_id",
                String.class,
                consumer,
                eventIds.toArray(String[]::new)));
    }
}
