package ca.clientele.platform.testing;

import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A service as its integration tests run it (embedded PostgreSQL 18, a KRaft Kafka broker, ephemeral keys,
 * test-signed tokens), listening on 127.0.0.1 only: what a module's benchmark (the {@code benchmark} profile,
 * docs/benchmarks.md) loads its data into and sends its requests to.
 */
public final class BenchmarkServer implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker kafka;
    private final ConfigurableApplicationContext context;

    private BenchmarkServer(EmbeddedKafkaKraftBroker kafka, ConfigurableApplicationContext context) {
        this.kafka = kafka;
        this.context = context;
    }

    /** Starts the broker with these topics, then the application quiet (warnings only) on a free loopback port. */
    public static BenchmarkServer start(Class<?> application, String... topics) {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1, topics);
        kafka.afterPropertiesSet();
        // Command-line arguments, not default properties: they must win over the service's application.yml
        // (its fixed port would clash with a running local stack).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        application, PlatformTestConfiguration.class, ServerTimings.Registration.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--clientele.crypto.ephemeral-keys=true",
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--logging.structured.format.console=",
                        "--logging.level.root=WARN");
        return new BenchmarkServer(kafka, context);
    }

    public String baseUrl() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The server's own time per request kind ({@link ServerTimings}), as a Markdown table. */
    public String serverTimes() {
        return bean(ServerTimings.class).table();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The context's event publisher (the context itself, not a bean one can ask for). */
    public ApplicationEventPublisher events() {
        return context;
    }

    /** A staff token (valid five minutes: take it just before the requests). */
    public String staffToken() {
        return bean(TestJwts.class).staff(UUID.randomUUID());
    }

    @Override
    public void close() {
        context.close();
        kafka.destroy();
    }
}
