package ca.clientele.document;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
@ServiceIntegrationTest
class ServiceStartupIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void healthProbesAreUpWithoutAToken() {
        for (String probe :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ApiClient.Response health = api.get(probe, null);
            assertThat(health.status()).as(probe).isEqualTo(200);
            assertThat(health.json().get("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void flywayCreatedTheOutboxAndTheServiceTables() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql(
                                "select to_regclass('event_publication') is not null and to_regclass('document') is not null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theServiceTopicExistsBeforeTheFirstEvent() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).contains("clientele.document.v1");
        }
    }

    @Test
    void everyApiNeedsAValidToken() {
        assertThat(api.get("/api/documents?clientId=" + UUID.randomUUID(), null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/documents?clientId=" + UUID.randomUUID(), TestJwts.forged(UUID.randomUUID()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        ApiClient.Response docs = api.get("/v3/api-docs", jwts.staff(UUID.randomUUID()));
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/documents");
    }
}
