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

    /** EXPLAIN (ANALYZE, BUFFERS) of the page query the service runs for these criteria. */
    String explain(ClientSearch.Criteria criteria) {
        Optional<ClientSearch.Filter> filter = context.getBean(ClientSearch.class).filter(criteria);
        if (filter.isEmpty()) {
            return "(no query)";
        }
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String page = String.join(
                "\n",
                jdbc.sql("explain (analyze, buffers) " + filter.get().pageSql())
                        .params(filter.get().pageParams(0, 20))
                        .query(String.class)
                        .list());
        String count = String.join(
                "\n",
                jdbc.sql("explain (analyze, buffers) " + filter.get().countSql())
                        .params(filter.get().countParams())
                        .query(String.class)
                        .list());
        return page + "\n-- count:\n" + count;
    }

    @Override
    public void close() {
        context.close();
        kafka.destroy();
    }
}
