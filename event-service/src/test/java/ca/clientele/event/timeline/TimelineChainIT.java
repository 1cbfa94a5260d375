package ca.clientele.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The append-only timeline and its per-client hash chain (ADR 0026) on the real PostgreSQL: the
 * database refuses UPDATE and DELETE, and tampering done around that guard (trigger disabled, as
 * a database owner could) is found by the verification endpoint at the right position.
 */
@ServiceIntegrationTest
class TimelineChainIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = jwts.admin(UUID.randomUUID());
    }

    @Test
    void anIntactChainVerifies() {
        UUID client = clientWithEvents(3);
        JsonNode result = verify(client);
        assertThat(result.get("ok").asBoolean()).isTrue();
        assertThat(result.get("checked").asLong()).isEqualTo(3);
        assertThat(result.get("headPosition").asLong()).isEqualTo(3);
        assertThat(result.get("firstBrokenPosition").isNull()).isTrue();
        assertThat(jdbc.sql("select array_agg(chain_position order by id) from timeline_entry where client_id = ?")
                        .param(client)
                        .query(String.class)
                        .single())
                .isEqualTo("{1,2,3}");

        // An unknown client has an empty, intact chain.
        assertThat(verify(UUID.randomUUID()).get("ok").asBoolean()).isTrue();
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletes() {
        UUID client = clientWithEvents(1);
        assertThatThrownBy(() -> jdbc.sql("update timeline_entry set type = 'x' where client_id = ?")
                        .param(client)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from timeline_entry where client_id = ?")
                        .param(client)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(verify(client).get("ok").asBoolean()).isTrue();
    }

    @Test
    void anAlteredEventIsFoundAtItsPosition() {
        UUID client = clientWithEvents(4);
        tamper(
                "update timeline_entry set data = '{\"total\": 1.00}'::jsonb where client_id = ? and chain_position = 2",
                client);
        JsonNode result = verify(client);
        assertThat(result.get("ok").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenPosition").asLong()).isEqualTo(2);
    }

    @Test
    void anAlteredHashIsFoundToo() {
        UUID client = clientWithEvents(3);
        // Rewriting a row and its hash so it matches still breaks the link to the next one.
        tamper(
                "update timeline_entry set occurred_at = occurred_at - interval '1 day', "
                        + "hash = sha256('forged'::bytea) where client_id = ? and chain_position = 1",
                client);
        assertThat(verify(client).get("firstBrokenPosition").asLong()).isEqualTo(1);
    }

    @Test
    void aDeletedEventIsFound() {
        UUID client = clientWithEvents(4);
        tamper("delete from timeline_entry where client_id = ? and chain_position = 3", client);
        JsonNode result = verify(client);
        assertThat(result.get("ok").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenPosition").asLong()).isEqualTo(3);
    }

    @Test
    void aDeletedNewestEventIsFound() {
        UUID client = clientWithEvents(3);
        tamper("delete from timeline_entry where client_id = ? and chain_position = 3", client);
        assertThat(verify(client).get("firstBrokenPosition").asLong()).isEqualTo(3);
    }

    @Test
    void onlyAdministratorsVerify() {
        UUID client = clientWithEvents(1);
        ApiClient.Response staff =
                api.get("/api/events/clients/" + client + "/verification", jwts.staff(UUID.randomUUID()));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.isProblem()).isTrue();
        String own = jwts.client(client, "own@exemple.ca", "Élise", "Béliveau");
        assertThat(api.get("/api/events/clients/" + client + "/verification", own)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/events/clients/" + client + "/verification", null)
                        .status())
                .isEqualTo(401);
    }

    /** Inserts events as the listener's recorder does (the chaining trigger sets position and hash). */
    private UUID clientWithEvents(int count) {
        UUID client = UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            insert(jdbc, client, "ca.clientele.billing.order-placed", "billing", Instant.now());
        }
        return client;
    }

    static void insert(JdbcClient jdbc, UUID client, String type, String category, Instant at) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into timeline_entry (event_id, client_id, type, source, occurred_at, received_at, data,
                                                    category, actor_kind, envelope)
                        values (?, ?, ?, '/clientele/test', ?, ?, ?::jsonb, ?, 'SYSTEM', ?::jsonb)""")
                .param(id)
                .param(client)
                .param(type)
                .param(Timestamp.from(at))
                .param(Timestamp.from(at))
                .param("{\"number\": 1514, \"total\": 40.24}")
                .param(category)
                .param("{\"id\": \"" + id + "\", \"specversion\": \"1.0\"}")
                .update();
    }

    /** What a database owner could do: switch the guard off, change the table, switch it back on. */
    private void tamper(String sql, UUID client) {
        jdbc.sql("alter table timeline_entry disable trigger timeline_entry_append_only")
                .update();
        try {
            jdbc.sql(sql).param(client).update();
        } finally {
            jdbc.sql("alter table timeline_entry enable trigger timeline_entry_append_only")
                    .update();
        }
    }

    private JsonNode verify(UUID client) {
        ApiClient.Response response = api.get("/api/events/clients/" + client + "/verification", admin);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
