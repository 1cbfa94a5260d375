package ca.clientele.event.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the events whose retention has ended, and only those (ADR 0026).
 *
 * <ul>
 *   <li>Once across replicas: the run holds the lease row's lock ({@code FOR UPDATE SKIP LOCKED});
 *       a replica that finds it taken skips its run.
 *   <li>The chain stays verifiable: a client's entries are removed from the oldest, as a
 *       contiguous prefix of the chain, and the hash of the last one removed becomes the anchor the
 *       verification starts from. An entry whose retention has ended but that follows a still
 *       retained one waits for it: an event may be kept longer than its period, never shorter.
 *   <li>The append-only trigger lets these DELETEs through because this transaction, and no
 *       other code, sets {@code clientele.retention_purge} (transaction-local).
 * </ul>
 */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RetentionPurge(
            JdbcClient jdbc, RetentionProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${clientele.events.retention.initial-delay:PT5M}",
            fixedDelayString = "${clientele.events.retention.interval:PT1H}")
    void scheduled() {
        if (properties.enabled()) {
            Result result = purge(clock.instant());
            if (result.deleted() > 0) {
                log.info("Retention purge removed {} events of {} clients", result.deleted(), result.clients());
            }
        }
    }

    record Result(boolean ran, long deleted, int clients) {}

    /** One purge as of {@code now}, in one transaction; {@code ran} is false when another replica holds the lease. */
    Result purge(Instant now) {
        return transaction.execute(status -> purgeInTransaction(now));
    }

    private Result purgeInTransaction(Instant now) {
        boolean leased = jdbc.sql("select name from timeline_retention_lease where name = 'retention' "
                        + "for update skip locked")
                .query(String.class)
                .optional()
                .isPresent();
        if (!leased) {
            return new Result(false, 0, 0);
        }
        jdbc.sql("select set_config('clientele.retention_purge', 'on', true)")
                .query(String.class)
                .single();
        Instant youngestDue = now.minus(properties.shortest());
        List<UUID> clients = jdbc.sql("select distinct e.client_id from timeline_entry e "
                        + "join timeline_chain c on c.client_id = e.client_id "
                        + "where e.chain_position = c.anchor_position + 1 "
                        + "and greatest(e.occurred_at, e.received_at) < ?")
                .param(Timestamp.from(youngestDue))
                .query(UUID.class)
                .list();
        long deleted = 0;
        int touched = 0;
        for (UUID client : clients) {
            long removed = purgeClient(client, now);
            deleted += removed;
            touched += removed > 0 ? 1 : 0;
        }
        jdbc.sql("update timeline_retention_lease set last_run = ? where name = 'retention'")
                .param(Timestamp.from(now))
                .update();
        jdbc.sql("select set_config('clientele.retention_purge', 'off', true)")
                .query(String.class)
                .single();
        return new Result(true, deleted, touched);
    }

    private long purgeClient(UUID client, Instant now) {
        record Row(long position, byte[] hash, String category, Instant kept) {}
        long removed = 0;
        while (true) {
            List<Row> oldest = jdbc.sql("select chain_position, hash, category, greatest(occurred_at, received_at) "
                            + "from timeline_entry where client_id = ? order by chain_position limit ?")
                    .param(client)
                    .param(BATCH)
                    .query((rs, row) -> new Row(
                            rs.getLong(1),
                            rs.getBytes(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant()))
                    .list();
            Row last = null;
            for (Row row : oldest) {
                if (!row.kept().plus(properties.periodOf(row.category())).isBefore(now)) {
                    break;
                }
                last = row;
            }
            if (last == null) {
                return removed;
            }
            removed += jdbc.sql("delete from timeline_entry where client_id = ? and chain_position <= ?")
                    .param(client)
                    .param(last.position())
                    .update();
            jdbc.sql("update timeline_chain set anchor_position = ?, anchor_hash = ? where client_id = ?")
                    .param(last.position())
                    .param(last.hash())
                    .param(client)
                    .update();
            if (last != oldest.getLast() || oldest.size() < BATCH) {
                return removed;
            }
        }
    }
}
