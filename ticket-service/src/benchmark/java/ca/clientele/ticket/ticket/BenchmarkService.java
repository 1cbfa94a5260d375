package ca.clientele.ticket.ticket;

import ca.clientele.platform.crypto.FieldEncryptor;
import ca.clientele.platform.testing.BenchmarkServer;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.ticket.TicketServiceApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ticket-service on loopback ports (platform {@link BenchmarkServer}) with what the ticket list benchmark needs. */
final class BenchmarkService implements AutoCloseable {

    private final BenchmarkServer server;

    private BenchmarkService(BenchmarkServer server) {
        this.server = server;
    }

    static BenchmarkService start() {
        return new BenchmarkService(
                BenchmarkServer.start(TicketServiceApplication.class, "clientele.ticket.v1", "clientele.client.v1"));
    }

    /** Where the loaded database listens (embedded, loopback, no password). */
    String jdbcUrl() {
        return server.bean(DataSource.class) instanceof HikariDataSource hikari
                ? hikari.getJdbcUrl()
                : "(not a Hikari pool)";
    }

    String baseUrl() {
        return server.baseUrl();
    }

    String staffToken() {
        return server.staffToken();
    }

    String clientToken(UUID clientId, String givenName, String familyName) {
        return server.bean(TestJwts.class).client(clientId, null, givenName, familyName);
    }

    BenchmarkTickets.Loaded load(int tickets, int busyClientTickets, long seed) throws SQLException {
        return new BenchmarkTickets(
                        server.bean(DataSource.class),
                        server.bean(FieldEncryptor.class),
                        server.bean(TicketSearchIndex.class))
                .load(tickets, busyClientTickets, seed);
    }

    /** Rows per table, printed beside the results. */
    String sizes() {
        return String.join(
                "\n",
                server.bean(JdbcClient.class)
                        .sql("select relname || ': ' || n_live_tup from pg_stat_user_tables"
                                + " where relname like 'ticket%' order by relname")
                        .query(String.class)
                        .list());
    }

    /** The server's own time per request kind (platform {@code ServerTimings}). */
    public String serverTimes() {
        return server.serverTimes();
    }

    @Override
    public void close() {
        server.close();
    }
}
