package ca.clientele.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Events application's API on real Kafka and PostgreSQL: filters, the audit trail kept from
 * staff without the admin role (by the API, not by a screen), the raw CloudEvent for
 * administrators, and the streamed CSV export.
 */
@ServiceIntegrationTest
class EventsApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    ApiClient api;
    UUID staffId;
    String staff;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        staffId = UUID.randomUUID();
        staff = jwts.staff(staffId);
        admin = jwts.admin(UUID.randomUUID());
    }

    @Test
    void filtersByCategoryActorTypeAndDaysAndHidesSecurityFromStaff() {
        UUID client = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String placed = UUID.randomUUID().toString();
        String reply = UUID.randomUUID().toString();
        String accessed = UUID.randomUUID().toString();
        send(
                "clientele.billing.v1",
                client,
                event(
                        placed,
                        client,
                        "ca.clientele.billing.order-placed",
                        Instant.parse("2026-11-20T15:00:00Z"),
                        "{\"orderId\":\"%s\",\"number\":1514,\"appointmentId\":null,\"clientId\":\"%s\",\"kind\":\"SHOP\",\"total\":40.24,\"futureField\":[1]}"
                                .formatted(order, client)));
        send(
                "clientele.ticket.v1",
                client,
                event(
                        reply,
                        client,
                        "ca.clientele.ticket.message-added",
                        Instant.parse("2026-11-21T15:00:00Z"),
                        "{\"ticketId\":\"%s\",\"clientId\":\"%s\",\"publicNumber\":78190,\"authorId\":\"%s\",\"authorRole\":\"STAFF\"}"
                                .formatted(UUID.randomUUID(), client, staffId)));
        send(
                "clientele.client.v1",
                client,
                event(
                        accessed,
                        client,
                        "ca.clientele.client.client-record-accessed",
                        Instant.parse("2026-11-22T15:00:00Z"),
                        "{\"staffId\":\"%s\",\"action\":\"VIEWED\",\"resource\":\"client-record\",\"resourceId\":\"%s\"}"
                                .formatted(staffId, client)));
        awaitCount("/api/events?clientId=" + client, admin, 3);

        // Staff without the admin role: the audit trail is not there, not even by its id or its category.
        assertThat(ids(get("/api/events?clientId=" + client, staff))).containsExactly(reply, placed);
        assertThat(ids(get("/api/events?clientId=" + client + "&category=security", staff)))
                .isEmpty();
        assertThat(api.get("/api/events/" + accessed, staff).status()).isEqualTo(404);
        assertThat(ids(get("/api/events?actorId=" + staffId, staff))).containsExactly(reply);

        JsonNode all = get("/api/events?clientId=" + client, admin);
        assertThat(ids(all)).containsExactly(accessed, reply, placed);
        assertThat(all.get("content").get(0).get("category").asString()).isEqualTo("security");
        assertThat(all.get("content").get(0).get("summary").asString())
                .isEqualTo("Fiche client consultée par le personnel (client-record)");
        assertThat(all.get("content").get(2).get("summary").asString())
                .isEqualTo("Commande #1514 créée — 40,24\u00a0$");
        assertThat(all.get("content").get(2).get("link").asString())
                .isEqualTo("/clients/" + client + "/commandes/" + order);

        assertThat(ids(get("/api/events?clientId=" + client + "&category=billing&category=messages", admin)))
                .containsExactly(reply, placed);
        assertThat(ids(get("/api/events?clientId=" + client + "&actor=STAFF", admin)))
                .containsExactly(accessed, reply);
        assertThat(ids(get("/api/events?clientId=" + client + "&actor=SYSTEM", admin)))
                .containsExactly(placed);
        assertThat(ids(get("/api/events?actorId=" + staffId, admin))).containsExactly(accessed, reply);
        assertThat(ids(get("/api/events?clientId=" + client + "&type=ca.clientele.billing.order-placed", admin)))
                .containsExactly(placed);
        // Days in Montreal, both ends included.
        assertThat(ids(get("/api/events?clientId=" + client + "&from=2026-11-21&to=2026-11-21", admin)))
                .containsExactly(reply);
        assertThat(ids(get("/api/events?clientId=" + client + "&to=2026-11-20", admin)))
                .containsExactly(placed);

        // Every client's events for staff (the Events application), newest first.
        JsonNode everyone = get("/api/events?type=ca.clientele.client.client-record-accessed&size=100", admin);
        assertThat(ids(everyone)).contains(accessed);

        // A client reading their own timeline does not see who of the staff read their record either.
        String own = jwts.client(client, "own@exemple.ca", "Élise", "Béliveau");
        assertThat(ids(get("/api/events", own))).containsExactly(reply, placed);
    }

    @Test
    void administratorsGetTheCloudEventAsReceivedOthersOnlyItsFacts() {
        UUID client = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        send(
                "clientele.notification.v1",
                client,
                event(
                        id,
                        client,
                        "ca.clientele.notification.notification-sent",
                        Instant.parse("2026-11-22T15:00:00Z"),
                        "{\"notificationId\":\"%s\",\"channel\":\"EMAIL\",\"template\":\"ticket-reply\",\"language\":\"fr\",\"subject\":\"Réponse à votre message #78190\",\"triggerEventId\":\"t\",\"triggerType\":\"ca.clientele.ticket.message-added\"}"
                                .formatted(UUID.randomUUID())));
        awaitCount("/api/events?clientId=" + client, staff, 1);

        JsonNode forStaff = api.get("/api/events/" + id, staff).json();
        assertThat(forStaff.get("summary").asString()).isEqualTo("Courriel envoyé : Réponse à votre message #78190");
        assertThat(forStaff.get("category").asString()).isEqualTo("notifications");
        assertThat(forStaff.get("actorKind").asString()).isEqualTo("SYSTEM");
        assertThat(forStaff.get("raw").isNull()).isTrue();

        JsonNode forAdmin = api.get("/api/events/" + id, admin, "en").json();
        assertThat(forAdmin.get("summary").asString()).isEqualTo("E-mail sent: Réponse à votre message #78190");
        assertThat(forAdmin.get("raw").get("specversion").asString()).isEqualTo("1.0");
        assertThat(forAdmin.get("raw").get("id").asString()).isEqualTo(id);
        assertThat(forAdmin.get("raw").get("extension").asString()).isEqualTo("kept");
    }

    @Test
    void theCsvExportIsTheFilteredViewStreamedAndSafeInASpreadsheet() {
        UUID client = UUID.randomUUID();
        String formula = UUID.randomUUID().toString();
        String form = UUID.randomUUID().toString();
        send(
                "clientele.document.v1",
                client,
                event(
                        form,
                        client,
                        "ca.clientele.document.form-assigned",
                        Instant.parse("2026-11-22T15:00:00Z"),
                        "{\"formId\":\"%s\",\"formVersion\":1,\"clientId\":\"%s\",\"title\":\"Santé, \\\"animal\\\"\"}"
                                .formatted(UUID.randomUUID(), client)));
        // A type that is a formula: the tolerant reader stores it; the export must not let it run.
        send(
                "clientele.document.v1",
                client,
                event(formula, client, "=HYPERLINK(\"http://x\")", Instant.parse("2026-11-23T15:00:00Z"), "{}"));
        awaitCount("/api/events?clientId=" + client, staff, 2);

        ApiClient.Response csv = api.get("/api/events/export.csv?clientId=" + client, staff);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo("\uFEFFoccurredAt,clientId,category,type,summary,actorKind,actorId,eventId,link");
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").contains(formula);
        assertThat(lines[2])
                .contains("\"Formulaire à remplir : Santé, \"\"animal\"\"\"")
                .contains(",documents,")
                .contains("/clients/" + client + "/documents");

        ApiClient.Response filtered =
                api.get("/api/events/export.csv?clientId=" + client + "&category=documents", staff);
        assertThat(filtered.body().split("\r\n")).hasSize(2);

        String own = jwts.client(client, "own@exemple.ca", "Élise", "Béliveau");
        ApiClient.Response refused = api.get("/api/events/export.csv?clientId=" + client, own);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.get("/api/events/export.csv", null).status()).isEqualTo(401);
    }

    @Test
    void noOperationChangesOrDeletesAnEvent() {
        UUID client = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        send(
                "clientele.client.v1",
                client,
                event(id, client, "ca.clientele.client.client-updated", Instant.now(), "{}"));
        awaitCount("/api/events?clientId=" + client, admin, 1);
        assertThat(api.send("DELETE", "/api/events/" + id, admin, null, "fr").status())
                .isIn(403, 405);
        assertThat(api.send("PUT", "/api/events/" + id, admin, "{}", "fr").status())
                .isIn(403, 405);
        assertThat(api.get("/api/events/" + id, admin).status()).isEqualTo(200);
    }

    private void send(String topic, UUID key, byte[] value) {
        kafka.send(topic, key.toString(), value).join();
    }

    private JsonNode get(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json();
    }

    private void awaitCount(String path, String token, int expected) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    ApiClient.Response response = api.get(path, token);
                    return response.status() == 200
                            && response.json().get("page").get("totalElements").asLong() >= expected;
                });
    }

    static byte[] event(String id, UUID client, String type, Instant time, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"/clientele/test","type":"%s","subject":"%s","time":"%s",\
                "datacontenttype":"application/json","extension":"kept","data":%s}""".formatted(id, type.replace("\"", "\\\""), client, time, dataJson)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(entry -> ids.add(entry.get("id").asString()));
        return ids;
    }
}
