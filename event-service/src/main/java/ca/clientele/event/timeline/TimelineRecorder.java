package ca.clientele.event.timeline;

import ca.clientele.platform.events.ProcessedEvents;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    TimelineRecorder(
            ProcessedEvents processedEvents,
            TimelineRepository timeline,
            Clock clock,
            JsonMapper json,
            JdbcTemplate jdbc) {
        this.json = json;
        this.jdbc = jdbc;
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

    /**
     * A whole poll in one transaction (ADR 0036): one ledger statement, one look-up of ids already stored, the
     * clients' chain locks taken in one stable order, then one batched insert in the order the records came. The
     * chaining trigger still computes each hash in insertion order, so within a client the batch's order (the
     * partition's) is the chain's order, exactly as one transaction per event gave.
     *
     * <p>The locks: the trigger takes each client's advisory lock as it inserts, in the batch's order; two batches
     * holding the same clients in another order (two replicas, or two consumers overlapping in a rebalance) would
     * deadlock. Taking them all first, sorted by lock key, makes every transaction queue in the same order.
     *
     * @return how many entries were added (duplicates, in the batch or from earlier deliveries, add none)
     */
    @Transactional
    int recordAll(List<IncomingEvent> events) {
        Map<String, IncomingEvent> byId = new LinkedHashMap<>();
        for (IncomingEvent event : events) {
            byId.putIfAbsent(event.id(), event);
        }
        if (byId.isEmpty()) {
            return 0;
        }
        Set<String> fresh = processedEvents.firstDeliveries(CONSUMER, byId.keySet());
        if (fresh.isEmpty()) {
            return 0;
        }
        // Second guard, as the unique event id gives the one-by-one path: an entry whose ledger row was purged.
        fresh.removeAll(
                jdbc.queryForList("select event_id from timeline_entry where event_id = any(?)", String.class, (Object)
                        fresh.toArray(String[]::new)));
        List<IncomingEvent> added = new ArrayList<>();
        for (IncomingEvent event : byId.values()) {
            if (fresh.contains(event.id())) {
                added.add(event);
            }
        }
        if (added.isEmpty()) {
            return 0;
        }
        // A sorted subquery feeds the aggregate in its order (PostgreSQL's documented behaviour for ordered input).
        jdbc.query(
                "select count(pg_advisory_xact_lock(k)) from"
                        + " (select distinct hashtext(c) as k from unnest(?::text[]) as c order by k) as keys",
                rs -> {},
                (Object)
                        added.stream().map(event -> event.clientId().toString()).toArray(String[]::new));
        OffsetDateTime received = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.batchUpdate(
                "insert into timeline_entry (event_id, client_id, type, source, occurred_at, received_at, data,"
                        + " category, actor_kind, actor_id, envelope)"
                        + " values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb)",
                added,
                added.size(),
                (statement, event) -> {
                    Actor actor = EventDescriptions.actor(
                            event.type(), event.clientId(), event.data() == null ? null : json.readTree(event.data()));
                    statement.setString(1, event.id());
                    statement.setObject(2, event.clientId());
                    statement.setString(3, event.type());
                    statement.setString(4, event.source());
                    statement.setObject(5, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                    statement.setObject(6, received);
                    statement.setString(7, event.data());
                    statement.setString(
                            8, EventDescriptions.category(event.type()).code());
                    statement.setString(9, actor.kind().name());
                    statement.setObject(10, actor.id());
                    statement.setString(11, event.envelope());
                });
        return added.size();
    }
}
