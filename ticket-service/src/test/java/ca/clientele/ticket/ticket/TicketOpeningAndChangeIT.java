package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's leftovers: a new ticket opened under the id its attachments were uploaded with (so the document-service's
 * ticket readers know the right ticket), and staff clearing a ticket's branch and follow-up date.
 */
@TicketIntegrationTest
class TicketOpeningAndChangeIT {

    private static final String NAIL_TRIM = "6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0002";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    TicketApi api;
    TicketEventLog events;
    UUID clientId;
    String client;
    String staff;

    @BeforeEach
    void setUp() {
        api = new TicketApi(port);
        events = new TicketEventLog(broker);
        clientId = UUID.randomUUID();
        client = jwts.client(clientId, "francis@exemple.ca", "Francis", "Marceau");
        staff = jwts.staff(UUID.randomUUID());
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void aNewTicketTakesTheIdItsAttachmentsWereUploadedUnderAndTheOpenedEventCarriesIt() {
        UUID chosen = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        ApiClient.Response created = api.http.post("/api/tickets", client, withId(chosen, document));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isEqualTo(chosen.toString());
        assertThat(created.json()
                        .get("messages")
                        .get(0)
                        .get("attachments")
                        .get(0)
                        .get("documentId")
                        .asString())
                .isEqualTo(document.toString());

        JsonNode opened = events.first(clientId, "ticket-opened");
        assertThat(opened.get("ticketId").asString()).isEqualTo(chosen.toString());
        assertThat(opened.get("clientId").asString()).isEqualTo(clientId.toString());
    }

    @Test
    void sendingTheSameOpeningAgainAnswersTheTicketAlreadyOpenedOnce() {
        UUID chosen = UUID.randomUUID();
        ApiClient.Response first = api.http.post("/api/tickets", client, withId(chosen, UUID.randomUUID()));
        ApiClient.Response again = api.http.post("/api/tickets", client, withId(chosen, UUID.randomUUID()));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("number").asInt())
                .isEqualTo(first.json().get("number").asInt());
        assertThat(jdbc.sql("select count(*) from ticket where client_id = ?")
                        .param(clientId)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from ticket_message where ticket_id = ?")
                        .param(chosen)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void anIdTakenByAnotherClientsTicketIsAConflictAndNothingIsStored() {
        UUID chosen = UUID.randomUUID();
        assertThat(api.http
                        .post("/api/tickets", client, withId(chosen, UUID.randomUUID()))
                        .status())
                .isEqualTo(201);
        UUID otherId = UUID.randomUUID();
        String other = jwts.client(otherId, "autre@exemple.ca", "Autre", "Client");

        ApiClient.Response taken =
                api.http.post("/api/tickets", other, """
                {"id": "%s", "clientId": "%s", "subject": "Intrus", "categoryId": "%s", "body": "Bonjour"}""".formatted(chosen, otherId, TicketApi.GENERAL));

        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.body()).doesNotContain("Marceau").doesNotContain("Taille");
        assertThat(jdbc.sql("select count(*) from ticket where client_id = ?")
                        .param(otherId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void staffClearTheBranchAndTheFollowUpDateByNamingThemAndNullStillMeansUnchanged() {
        UUID branch = UUID.randomUUID();
        JsonNode call = api.call(staff, clientId, "QUESTION", "2026-12-31");
        String id = call.get("id").asString();
        JsonNode set = patch(id, "{\"branchId\": \"%s\", \"version\": %d}".formatted(branch, version(call)), 200);
        assertThat(set.get("branchId").asString()).isEqualTo(branch.toString());
        assertThat(set.get("followUpOn").asString()).isEqualTo("2026-12-31");

        JsonNode unchanged = patch(
                id,
                "{\"categoryId\": \"%s\", \"branchId\": null, \"version\": %d}".formatted(NAIL_TRIM, version(set)),
                200);
        assertThat(unchanged.get("branchId").asString()).isEqualTo(branch.toString());
        assertThat(unchanged.get("followUpOn").asString()).isEqualTo("2026-12-31");

        JsonNode cleared =
                patch(id, "{\"clear\": [\"followUpOn\"], \"version\": %d}".formatted(version(unchanged)), 200);
        assertThat(cleared.get("followUpOn").isNull()).isTrue();
        assertThat(cleared.get("branchId").asString()).isEqualTo(branch.toString());

        JsonNode both = patch(
                id, "{\"clear\": [\"branchId\", \"followUpOn\"], \"version\": %d}".formatted(version(cleared)), 200);
        assertThat(both.get("branchId").isNull()).isTrue();
        assertThat(both.get("followUpOn").isNull()).isTrue();
        assertThat(both.get("categoryLabel").asString()).isEqualTo("Taille des griffes");
    }

    @Test
    void clearingAndSettingOneFieldOrClearingAnUnknownOneIsAProblemAndChangesNothing() {
        JsonNode call = api.call(staff, clientId, "QUESTION", "2026-12-31");
        String id = call.get("id").asString();

        ApiClient.Response both = api.http.send(
                "PATCH",
                "/api/tickets/" + id,
                staff,
                "{\"followUpOn\": \"2027-01-15\", \"clear\": [\"followUpOn\"], \"version\": %d}"
                        .formatted(version(call)),
                "fr");
        assertThat(both.status()).as(both.body()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asString()).isEqualTo("clear");
        assertThat(both.body()).contains("à la fois modifié et effacé");

        ApiClient.Response unknown = api.http.send(
                "PATCH",
                "/api/tickets/" + id,
                staff,
                "{\"clear\": [\"subject\"], \"version\": %d}".formatted(version(call)),
                "en");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);

        JsonNode after = api.get(staff, id);
        assertThat(after.get("followUpOn").asString()).isEqualTo("2026-12-31");
        assertThat(version(after)).isEqualTo(version(call));
    }

    @Test
    void aClientCannotClearAnything() {
        JsonNode ticket = api.open(client, clientId, "Sujet", "Bonjour");
        ApiClient.Response refused = api.http.send(
                "PATCH",
                "/api/tickets/" + ticket.get("id").asString(),
                client,
                "{\"clear\": [\"branchId\"], \"version\": %d}".formatted(version(ticket)),
                "fr");
        assertThat(refused.status()).isEqualTo(403);
    }

    private JsonNode patch(String id, String json, int expected) {
        ApiClient.Response response = api.http.send("PATCH", "/api/tickets/" + id, staff, json, "fr");
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response.json();
    }

    private static long version(JsonNode ticket) {
        return ticket.get("version").asLong();
    }

    private String withId(UUID id, UUID document) {
        return """
                {"id": "%s", "clientId": "%s", "subject": "Moka et ses griffes", "categoryId": "%s",
                 "body": "<p>Voici la photo.</p>",
                 "attachments": [{"documentId": "%s", "name": "moka.jpg", "contentType": "image/jpeg", "size": 1234}]}""".formatted(id, clientId, TicketApi.GENERAL, document);
    }
}
