package ca.clientele.booking;

import ca.clientele.platform.crypto.FieldEncryptor;
import ca.clientele.platform.testing.BenchmarkServer;
import ca.clientele.platform.testing.TestJwts;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * booking-service on loopback ports (platform {@link BenchmarkServer}) with the catalogue and appointments the
 * benchmarks need ({@link BenchmarkCatalogue}). Shared by the slot search and booking simulations.
 */
public final class BenchmarkService implements AutoCloseable {

    private final BenchmarkServer server;

    private BenchmarkService(BenchmarkServer server) {
        this.server = server;
    }

    public static BenchmarkService start() {
        return new BenchmarkService(BenchmarkServer.start(
                BookingServiceApplication.class, "clientele.booking.v1", "clientele.client.v1"));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public String staffToken() {
        return server.staffToken();
    }

    public String clientToken(UUID clientId) {
        return server.bean(TestJwts.class).client(clientId, null, "Amélie", "Côté");
    }

    /** The catalogue (a branch, 2 services, {@code staff} members) and {@code appointments} over {@code days}. */
    public BenchmarkCatalogue.Loaded load(int staff, int appointments, int days, long seed) throws SQLException {
        return new BenchmarkCatalogue(server.bean(DataSource.class), server.bean(FieldEncryptor.class))
                .load(staff, appointments, days, seed);
    }

    public <T> T bean(Class<T> type) {
        return server.bean(type);
    }

    /** Rows per table, printed beside the results. */
    public String sizes() {
        return String.join(
                "\n",
                server.bean(JdbcClient.class)
                        .sql("select relname || ': ' || n_live_tup from pg_stat_user_tables"
                                + " where relname not like 'flyway%' and relname not like 'event%'"
                                + " and n_live_tup > 0 order by relname")
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
