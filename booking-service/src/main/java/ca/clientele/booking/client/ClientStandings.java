package ca.clientele.booking.client;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Booking's own copy of each client's standing ({@code client_standing}), fed by the registry's
 * client-status-changed events: booking never asks the registry at request time (ADR 0019).
 */
@Component
public class ClientStandings {

    private final JdbcClient jdbc;

    ClientStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ClientStanding of(UUID clientId) {
        return jdbc.sql("select status from client_standing where client_id = ?")
                .param(clientId)
                .query(String.class)
                .optional()
                .map(ClientStanding::valueOf)
                .orElse(ClientStanding.ACTIVE);
    }

    /** The registry publishes a client's events in order (key = client id): the latest one wins. */
    void record(UUID clientId, ClientStanding status, Instant changedAt) {
        jdbc.sql("insert into client_standing (client_id, status, changed_at) values (?, ?, ?)"
                        + " on conflict (client_id) do update set status = excluded.status,"
                        + " changed_at = excluded.changed_at")
                .params(clientId, status.name(), Timestamp.from(changedAt))
                .update();
    }
}
