package ca.clientele.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The service starts on its own database and topic, healthy, documented and closed to strangers.
 * A service's {@code ServiceStartupIT} extends this and says only what is its own, e.g.
 * {@code super("clientele.ticket.v1", 3, List.of("ticket_category"), List.of("/api/tickets/statuses"))}.
 */
@ServiceIntegrationTest
public abstract class ServiceStartupChecks {

    private final String topic;
    private final int minimumMigrations;
    private final List<String> tables;
    private final List<String> securedPaths;

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Value("${spring.application.name}")
    String applicationName;

    ApiClient api;

    /**
     * @param topic the service's Kafka topic, created at start-up
     * @param minimumMigrations successful Flyway migrations at least, the platform's included
     * @param tables tables the migrations create, besides the outbox's {@code event_publication}
     * @param securedPaths GET paths (a query allowed) that refuse a missing or forged token and
     *     that the OpenAPI description lists
     */
    protected ServiceStartupChecks(
            String topic, int minimumMigrations, List<String> tables, List<String> securedPaths) {
        this.topic = topic;
        this.minimumMigrations = minimumMigrations;
        // The platform's outbox table comes with every service's migrations.
        this.tables =
                Stream.concat(Stream.of("event_publication"), tables.stream()).toList();
        this.securedPaths = List.copyOf(securedPaths);
    }

    @BeforeEach
    void setUpApiClient() {
        api = new ApiClient(port);
    }

    @Test
    protected void healthProbesAreUpWithoutAToken() {
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            ApiClient.Response health = api.get(probe, null);
            assertThat(health.status()).as(probe).isEqualTo(200);
            assertThat(health.json().get("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    protected void flywayCreatedTheOutboxAndTheServiceTables() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(minimumMigrations);
        for (String table : tables) {
            assertThat(jdbc.sql("select to_regclass(?) is not null")
                            .param(table)
                            .query(Boolean.class)
                            .single())
                    .as(table)
                    .isTrue();
        }
    }

    @Test
    protected void theServiceTopicExistsBeforeTheFirstEvent() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).contains(topic);
        }
    }

    @Test
    protected void everyApiNeedsAValidToken() {
        for (String path : securedPaths) {
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
            assertThat(api.get(path, TestJwts.forged(UUID.randomUUID())).status())
                    .as(path)
                    .isEqualTo(401);
        }
    }

    @Test
    protected void theApiIsDescribedByOpenApi() {
        ApiClient.Response docs = api.get("/v3/api-docs", jwts.staff(UUID.randomUUID()));
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .containsAll(securedPaths.stream()
                        .map(path -> URI.create(path).getPath())
                        .toList());
    }

    /**
     * The document springdoc serves is the committed {@code docs/api/<service>.openapi.json}
     * ({@code booking-service} → {@code booking}); {@code -Dapi.docs.update=true} rewrites it.
     */
    @Test
    protected void theOpenApiDocumentIsTheCommittedOne() {
        ApiClient.Response docs = api.get("/v3/api-docs", jwts.staff(UUID.randomUUID()));
        assertThat(docs.status()).isEqualTo(200);
        OpenApiDocumentCheck.assertMatchesCommitted(applicationName.replaceFirst("-service$", ""), docs.body());
    }
}
