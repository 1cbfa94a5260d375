package ca.clientele.event.retention;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Retention on the real PostgreSQL: nothing goes before its category's period ends, a client's
 * oldest entries go first and the chain still verifies from the stored anchor, and a second
 * replica skips its run while the first holds the lease.
 */
@ServiceIntegrationTest
class RetentionIT {

    static final String NOTIFICATION = "ca.clientele.notification.notification-sent";
    static final String ORDER = "ca.clientele.billing.order-placed";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RetentionProperties configured;

    RetentionPurge purge;
    ApiClient api;

    @BeforeEach
    void setUp() {
        // Notifications kept 30 days, everything else the default seven years.
        purge = new RetentionPurge(
                jdbc,
                new RetentionProperties(false, null, null, Map.of("notifications", Duration.ofDays(30))),
                Clock.systemUTC(),
                transactions);
        api = new ApiClient(port);
    }

    @Test
    void theDefaultsKeepEverythingSevenYears() {
        assertThat(configured.periodOf("billing")).isEqualTo(Duration.ofDays(2557));
        assertThat(configured.periodOf("security")).isEqualTo(Duration.ofDays(2557));
    }

    @Test
    void nothingGoesBeforeItsPeriodEndsAndTheChainStillVerifies() {
        UUID client = UUID.randomUUID();
        Instant start = Instant.now();
        insert(client, NOTIFICATION, "notifications", start);
        insert(client, NOTIFICATION, "notifications", start);
        insert(client, ORDER, "billing", start);
        insert(client, NOTIFICATION, "notifications", start);

        // A day before the 30 days end: nothing.
        assertThat(purge.purge(start.plus(Duration.ofDays(29))).ran()).isTrue();
        assertThat(positions(client)).containsExactly(1L, 2L, 3L, 4L);

        // After: the two oldest notifications go; the order (seven years) stays, and the newer notification behind it
        // too (the chain is cut from its oldest end only).
        RetentionPurge.Result result = purge.purge(start.plus(Duration.ofDays(31)));
        assertThat(result.deleted()).isGreaterThanOrEqualTo(2);
        assertThat(positions(client)).containsExactly(3L, 4L);
        JsonNode verification = verify(client);
        assertThat(verification.get("ok").asBoolean()).isTrue();
        assertThat(verification.get("anchorPosition").asLong()).isEqualTo(2);
        assertThat(verification.get("checked").asLong()).isEqualTo(2);

        // New events chain on after the purge.
        insert(client, ORDER, "billing", start);
        assertThat(positions(client)).containsExactly(3L, 4L, 5L);
        assertThat(verify(client).get("ok").asBoolean()).isTrue();

        // Seven years later everything went, and the empty remainder still verifies from the anchor.
        purge.purge(start.plus(Duration.ofDays(2558)));
        assertThat(positions(client)).isEmpty();
        verification = verify(client);
        assertThat(verification.get("ok").asBoolean()).isTrue();
        assertThat(verification.get("anchorPosition").asLong()).isEqualTo(5);
    }

    @Test
    void aSecondReplicaSkipsItsRunWhileTheLeaseIsHeld() throws Exception {
        UUID client = UUID.randomUUID();
        Instant start = Instant.now();
        insert(client, NOTIFICATION, "notifications", start);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("select * from timeline_retention_lease where name = 'retention' for update");
            }
            assertThat(purge.purge(start.plus(Duration.ofDays(31))).ran()).isFalse();
            assertThat(positions(client)).containsExactly(1L);
            other.rollback();
        }
        assertThat(purge.purge(start.plus(Duration.ofDays(31))).ran()).isTrue();
        assertThat(positions(client)).isEmpty();
    }

    private void insert(UUID client, String type, String category, Instant at) {
        jdbc.sql("""
                        insert into timeline_entry (event_id, client_id, type, source, occurred_at, received_at, data,
                                                    category, actor_kind)
                        values (?, ?, ?, '/clientele/test', ?, ?, '{}'::jsonb, ?, 'SYSTEM')""")
                .param(UUID.randomUUID().toString())
                .param(client)
                .param(type)
                .param(Timestamp.from(at))
                .param(Timestamp.from(at))
                .param(category)
                .update();
    }

    private List<Long> positions(UUID client) {
        return jdbc.sql("select chain_position from timeline_entry where client_id = ? order by chain_position")
                .param(client)
                .query(Long.class)
                .list();
    }

    private JsonNode verify(UUID client) {
        ApiClient.Response response =
                api.get("/api/events/clients/" + client + "/verification", jwts.admin(UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
