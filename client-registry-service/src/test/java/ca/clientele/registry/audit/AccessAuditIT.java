package ca.clientele.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.ClientTopic;
import ca.clientele.registry.RegistryIntegrationTest;
import ca.clientele.registry.client.EventSchemas;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The registry's side of the audit trail (contract 3): a staff member's read of a client record
 * publishes {@code client-record-accessed} through the outbox, as documented; the client's own
 * reads and refused reads publish nothing.
 */
@RegistryIntegrationTest
class AccessAuditIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    EmbeddedKafkaBroker broker;

    ApiClient api;
    ClientTopic topic;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        topic = new ClientTopic(broker);
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    @Test
    void aStaffReadOfARecordIsAudited() {
        UUID client = register();
        UUID staff = UUID.randomUUID();
        assertThat(api.get("/api/clients/" + client, jwts.staff(staff)).status())
                .isEqualTo(200);

        ClientTopic.Received accessed = topic.awaitEvent(
                client,
                "client-record-accessed",
                data -> data.get("staffId").asString().equals(staff.toString()));
        EventSchemas.assertValid("client-record-accessed", accessed.raw());
        assertThat(accessed.data().get("action").asString()).isEqualTo("VIEWED");
        assertThat(accessed.data().get("resource").asString()).isEqualTo("client-record");
        assertThat(accessed.data().get("resourceId").asString()).isEqualTo(client.toString());
        assertThat(accessed.json().get("subject").asString()).isEqualTo(client.toString());
        // Ids only: nothing the record holds travels with the audit event.
        assertThat(accessed.raw()).doesNotContain("Gagnon", "@exemple.ca");
    }

    @Test
    void theClientsOwnReadsAndRefusedReadsAreNotAudited() {
        UUID client = register();
        String own = jwts.client(client, null, null, null);
        assertThat(api.get("/api/clients/" + client, own).status()).isEqualTo(200);
        String stranger = jwts.client(UUID.randomUUID(), null, null, null);
        assertThat(api.get("/api/clients/" + client, stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/clients/" + UUID.randomUUID(), jwts.staff(UUID.randomUUID()))
                        .status())
                .isEqualTo(404);

        // A later staff read proves the topic was read up to here: the earlier reads left nothing.
        UUID staff = UUID.randomUUID();
        api.get("/api/clients/" + client, jwts.staff(staff));
        topic.awaitEvent(client, "client-record-accessed", data -> true);
        assertThat(topic.about(client).stream().filter(event -> event.type().endsWith("client-record-accessed")))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.data().get("staffId").asString()).isEqualTo(staff.toString()));
    }

    private UUID register() {
        UUID id = UUID.randomUUID();
        api.post("/api/clients/me", jwts.client(id, id + "@exemple.ca", "Alice", "Gagnon"), null);
        return id;
    }
}
