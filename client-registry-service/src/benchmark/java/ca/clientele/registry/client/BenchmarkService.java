package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.crypto.FieldEncryptor;
import ca.clientele.platform.testing.BenchmarkServer;
import ca.clientele.registry.ClientRegistryApplication;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry on loopback ports (platform {@link BenchmarkServer}) with what the search benchmark needs. */
final class BenchmarkService implements AutoCloseable {

    private final BenchmarkServer server;

    private BenchmarkService(BenchmarkServer server) {
        this.server = server;
    }

    static BenchmarkService start() {
        return new BenchmarkService(BenchmarkServer.start(ClientRegistryApplication.class, "clientele.client.v1"));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** A staff token (valid five minutes: take it just before the searches). */
    String staffToken() {
        return server.staffToken();
    }

    List<BenchmarkClients.Generated> load(int clients, long seed) throws SQLException {
        return new BenchmarkClients(
                        server.bean(DataSource.class),
                        server.bean(FieldEncryptor.class),
                        server.bean(BlindIndex.class),
                        server.bean(ClientSearchIndex.class))
                .load(clients, seed);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the queries the service runs for these criteria. */
    String explain(ClientSearch.Criteria criteria) {
        Optional<ClientSearch.Sql> sql = server.bean(ClientSearch.class).sql(criteria);
        if (sql.isEmpty()) {
            return "(no match)";
        }
        String page = explain(sql.get().page(), sql.get().pageParams(0, 20));
        String count = sql.get().knownTotal() != null
                ? "(counted in the token indexes: " + sql.get().knownTotal() + ")"
                : explain(sql.get().count(), sql.get().countParams());
        return page + "\n-- count:\n" + count;
    }

    private String explain(String sql, List<Object> params) {
        return String.join(
                "\n",
                server.bean(JdbcClient.class)
                        .sql("explain (analyze, buffers) " + sql)
                        .params(params)
                        .query(String.class)
                        .list());
    }

    @Override
    public void close() {
        server.close();
    }
}
