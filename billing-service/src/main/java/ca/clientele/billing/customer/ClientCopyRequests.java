package ca.clientele.billing.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clients whose contact billing must still read from the registry (table {@code client_copy_request}, ADR 0036):
 * written in the caller's transaction, read by {@link ClientCopyFetcher}.
 */
@Component
class ClientCopyRequests {

    /** A request taken by one fetcher for the lease; {@code attempts} counts the failed reads before this one. */
    record Claimed(UUID clientId, int attempts) {}

    private final JdbcClient jdbc;

    ClientCopyRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Asks for the client's copy; a request already waiting keeps its place and its backoff. */
    void request(UUID clientId, Instant now) {
        jdbc.sql("insert into client_copy_request (client_id, requested_at, next_attempt_at) values (:id, :now, :now)"
                        + " on conflict (client_id) do nothing")
                .param("id", clientId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * The requests due at {@code now}, oldest first, each pushed {@code leaseUntil} away so that another replica's
     * fetcher does not read the same client meanwhile ({@code skip locked}: replicas never wait on each other).
     */
    List<Claimed> claimDue(Instant now, int limit, Instant leaseUntil) {
        return jdbc.sql("update client_copy_request set next_attempt_at = :lease where client_id in"
                        + " (select client_id from client_copy_request where next_attempt_at <= :now"
                        + " order by next_attempt_at limit :limit for update skip locked)"
                        + " returning client_id, attempts")
                .param("lease", Timestamp.from(leaseUntil))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new Claimed(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
    }

    /** The registry answered (a copy, or no such client): nothing left to read. */
    void resolved(UUID clientId) {
        jdbc.sql("delete from client_copy_request where client_id = :id")
                .param("id", clientId)
                .update();
    }

    /** The read failed: one more attempt counted, the next one not before {@code next}. */
    void failed(UUID clientId, Instant next) {
        jdbc.sql(
                        "update client_copy_request set attempts = attempts + 1, next_attempt_at = :next where client_id = :id")
                .param("id", clientId)
                .param("next", Timestamp.from(next))
                .update();
    }

    /** Claimed but not tried (the registry was down): back in line at {@code next}, no attempt counted. */
    void postpone(Collection<UUID> clientIds, Instant next) {
        if (clientIds.isEmpty()) {
            return;
        }
        jdbc.sql("update client_copy_request set next_attempt_at = :next where client_id in (:ids)")
                .param("ids", List.copyOf(clientIds))
                .param("next", Timestamp.from(next))
                .update();
    }
}
