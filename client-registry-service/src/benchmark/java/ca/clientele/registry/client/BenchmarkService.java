package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.crypto.FieldEncryptor;
import ca.clientele.platform.testing.PlatformTestConfiguration;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.ClientRegistryApplication;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The registry as the integration tests run it (embedded PostgreSQL 18, a KRaft Kafka broker,
 * ephemeral keys, test-signed tokens), listening on 127.0.0.1 only, for the search benchmark.
 */
final class BenchmarkService implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker kafka;
    private final ConfigurableApplicationContext context;

    private BenchmarkService(EmbeddedKafkaKraftBroker kafka, ConfigurableApplicationContext context) {
        this.kafka = kafka;
        this.context = context;
    }

    static BenchmarkService start() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1, "clientele.client.v1");
        kafka.afterPropertiesSet();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        ClientRegistryApplication.class, PlatformTestConfiguration.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "clientele.crypto.ephemeral-keys=true",
                        "spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "logging.structured.format.console=",
                        "logging.level.root=WARN")
                .run();
        return new BenchmarkService(kafka, context);
    }

    String baseUrl() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A staff token (valid five minutes: take it just before the searches). */
    String staffToken() {
        return context.getBean(TestJwts.class).staff(UUID.randomUUID());
    }

    List<BenchmarkClients.Generated> load(int clients, long seed) throws SQLException {
        return new BenchmarkClients(
                        context.getBean(DataSource.class),
                        context.getBean(FieldEncryptor.class),
                        context.getBean(BlindIndex.class),
                        context.getBean(ClientSearchIndex.class))
                .load(clients, seed);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the queries the service runs for these criteria. */
    String explain(ClientSearch.Criteria criteria) {
        Optional<ClientSearch.Sql> sql = context.getBean(ClientSearch.class).sql(criteria);
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
                context.getBean(JdbcClient.class)
                        .sql("explain (analyze, buffers) " + sql)
                        .params(params)
                        .query(String.class)
                        .list());
    }

    @Override
    public void close() {
        context.close();
        kafka.destroy();
    }
}
