package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** The status rules of the seed ("Mes messages") and of staff calls, with the events they publish. */
@TicketIntegrationTest
class TicketLifecycleIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    TicketTestConfiguration.OpenedNotices notices;

    TicketApi api;
    TicketEventLog events;
    UUID clientId;
    UUID staffId;
    String client;
    String staff;

    @BeforeEach
    void setUp() {
        api = new TicketApi(port);
        events = new TicketEventLog(broker);
        clientId = UUID.randomUUID();
        staffId = UUID.randomUUID();
        client = jwts.client(clientId, "francis@exemple.ca", "Francis", "Marceau");
        staff = jwts.staff(staffId);
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void aClientsMessageWaitsOnStaffAStaffReplyOnTheClientAndAClientMessageReopens() {
        ApiClient.Response created = api.http.post(
                "/api/tickets",
                client,
                TicketApi.newTicket(clientId, "Taille des griffes de Moka", "Bonjour,\n\nMoka a besoin d'une taille."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode ticket = created.json();
        String id = ticket.get("id").asString();
        assertThat(ticket.get("status").asString()).isEqualTo("WAITING_ON_STAFF");
        assertThat(ticket.get("statusLabel").asString()).isEqualTo("En attente de la réponse de l'agent");
        assertThat(ticket.get("type").asString()).isEqualTo("MESSAGE");
        assertThat(ticket.get("channel").asString()).isEqualTo("PORTAL");
        assertThat(ticket.get("categoryLabel").asString()).isEqualTo("Général");
        assertThat(ticket.get("clientName").asString()).isEqualTo("Francis Marceau");
        assertThat(ticket.get("number").asInt()).isBetween(10_000, 99_999);
        assertThat(ticket.get("canReply").asBoolean()).isTrue();
        assertThat(ticket.get("messages").get(0).get("body").asString())
                .isEqualTo("<p>Bonjour,</p><p>Moka a besoin d&#39;une taille.</p>");

        api.reply(staff, id, "<p>Nous pouvons passer <strong>jeudi</strong>.</p>");
        JsonNode afterStaff = api.get(client, id);
        assertThat(afterStaff.get("status").asString()).isEqualTo("WAITING_ON_CLIENT");
        assertThat(afterStaff.get("statusLabel").asString()).isEqualTo("En attente de la réponse du client");
        assertThat(afterStaff.get("messages").get(0).get("authorName").asString())
                .isEqualTo("Cynthia Lemay");
        assertThat(afterStaff.get("messages").get(0).get("authorRole").asString())
                .isEqualTo("STAFF");

        api.note(staff, id, "Client fidèle, offrir le rabais.");
        assertThat(api.get(staff, id).get("status").asString())
                .as("an internal note changes nothing")
                .isEqualTo("WAITING_ON_CLIENT");

        ApiClient.Response closed = api.http.post(
                "/api/tickets/" + id + "/close",
                client,
                "{\"version\": %d}".formatted(api.get(client, id).get("version").asLong()));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("statusLabel").asString()).isEqualTo("Fermé");
        assertThat(closed.json().get("closedAt").isNull()).isFalse();

        api.reply(client, id, "Finalement, une autre question.");
        JsonNode reopened = api.get(client, id);
        assertThat(reopened.get("status").asString()).isEqualTo("WAITING_ON_STAFF");
        assertThat(reopened.get("closedAt").isNull()).isTrue();

        List<JsonNode> changes = events.await(clientId, "ticket-status-changed", 3);
        assertThat(changes)
                .extracting(change ->
                        change.get("from").asString() + ">" + change.get("to").asString() + ":"
                                + change.get("reason").asString())
                .containsExactly(
                        "WAITING_ON_STAFF>WAITING_ON_CLIENT:STAFF_REPLY",
                        "WAITING_ON_CLIENT>CLOSED:CLOSED_BY_CLIENT",
                        "CLOSED>WAITING_ON_STAFF:CLIENT_MESSAGE");
        assertThat(changes.get(1).get("changedBy").asString()).isEqualTo(clientId.toString());

        JsonNode opened = events.first(clientId, "ticket-opened");
        assertThat(opened.get("ticketId").asString()).isEqualTo(id);
        assertThat(opened.get("publicNumber").asInt())
                .isEqualTo(ticket.get("number").asInt());
        assertThat(opened.get("subject").asString()).isEqualTo("Taille des griffes de Moka");
        assertThat(opened.get("visibleToClient").asBoolean()).isTrue();
        assertThat(opened.get("openedBy").asString()).isEqualTo(clientId.toString());

        List<JsonNode> added = events.await(clientId, "message-added", 4);
        assertThat(added)
                .extracting(m ->
                        m.get("authorRole").asString() + ":" + m.get("internal").asBoolean())
                .containsExactly("CLIENT:false", "STAFF:false", "STAFF:true", "CLIENT:false");
        assertThat(added.get(1).get("recipientClientIds").get(0).asString()).isEqualTo(clientId.toString());
        assertThat(added.get(2).get("recipientClientIds")).isEmpty();
    }

    @Test
    void closingAndReopeningCheckTheVersionAndReopeningWaitsOnStaff() {
        String id = api.open(client, clientId, "Question", "Une question.")
                .get("id")
                .asString();
        long version = api.get(client, id).get("version").asLong();

        ApiClient.Response closed =
                api.http.post("/api/tickets/" + id + "/close", staff, "{\"version\": " + version + "}");
        assertThat(closed.status()).isEqualTo(200);
        ApiClient.Response stale =
                api.http.post("/api/tickets/" + id + "/reopen", client, "{\"version\": " + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();

        ApiClient.Response reopened = api.http.post(
                "/api/tickets/" + id + "/reopen",
                client,
                "{\"version\": " + closed.json().get("version").asLong() + "}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("WAITING_ON_STAFF");
        assertThat(events.await(clientId, "ticket-status-changed", 2))
                .extracting(change -> change.get("reason").asString())
                .containsExactly("CLOSED_BY_STAFF", "REOPENED");
    }

    @Test
    void aTicketStaffOpenForAClientWaitsOnTheClient() {
        JsonNode ticket = api.open(staff, clientId, "Rappel de vaccin", "<p>Le vaccin de Moka arrive à échéance.</p>");
        assertThat(ticket.get("status").asString()).isEqualTo("WAITING_ON_CLIENT");
        assertThat(ticket.get("visibleToClient").asBoolean()).isTrue();
        assertThat(api.list(client, "clientId=" + clientId)
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aCallIsStaffOnlyClosedWithoutFollowUpAndOpensAnIncidentNoticeInProcess() {
        JsonNode call = api.call(staff, clientId, "INCIDENT", null);
        String id = call.get("id").asString();
        assertThat(call.get("status").asString()).isEqualTo("CLOSED");
        assertThat(call.get("visibleToClient").asBoolean()).isFalse();
        assertThat(call.get("type").asString()).isEqualTo("INCIDENT");
        assertThat(call.get("typeLabel").asString()).isEqualTo("Incident de confidentialité");
        assertThat(call.get("channelLabel").asString()).isEqualTo("Téléphone");
        assertThat(call.get("durationMinutes").asInt()).isEqualTo(12);
        assertThat(call.get("categoryLabel").asString()).isEqualTo("Général");
        JsonNode summary = call.get("messages").get(0);
        assertThat(summary.get("internal").asBoolean()).isTrue();
        assertThat(summary.get("body").asString()).isEqualTo("<p>Le client a appelé au sujet de <b>Moka</b>.</p>");

        assertThat(notices.received)
                .filteredOn(notice -> notice.ticketId().toString().equals(id))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.type()).isEqualTo(TicketType.INCIDENT);
                    assertThat(notice.channel()).isEqualTo(Channel.PHONE);
                    assertThat(notice.clientId()).isEqualTo(clientId);
                    assertThat(notice.openedBy()).isEqualTo(staffId);
                    assertThat(notice.number()).isEqualTo(call.get("number").asInt());
                });

        JsonNode opened = events.first(clientId, "ticket-opened");
        assertThat(opened.get("visibleToClient").asBoolean()).isFalse();
        assertThat(opened.get("subject").isNull())
                .as("a staff-only call's subject stays here")
                .isTrue();

        JsonNode followUp = api.call(staff, clientId, "QUESTION", "2026-12-24");
        assertThat(followUp.get("status").asString()).isEqualTo("WAITING_ON_STAFF");
        assertThat(followUp.get("followUpOn").asString()).isEqualTo("2026-12-24");
        assertThat(api.list(client, "clientId=" + clientId).get("content")).isEmpty();
    }

    @Test
    void staffAssignATicketToAKnownStaffMemberAndReclassifyIt() {
        String id = api.open(client, clientId, "Assignation", "Qui s'en occupe ?")
                .get("id")
                .asString();
        UUID colleague = UUID.randomUUID();
        api.list(jwts.token(colleague, List.of("staff"), "c@clientele.test", "Zoé", "Àlarie"), "page=0&size=1");
        api.list(staff, "page=0&size=1");

        JsonNode assignees = api.http.get("/api/tickets/assignees", staff).json();
        assertThat(TicketApi.texts(assignees, "name")).contains("Cynthia Lemay", "Zoé Àlarie");

        long version = api.get(staff, id).get("version").asLong();
        ApiClient.Response assigned = api.http.put(
                "/api/tickets/" + id + "/assignee",
                staff,
                "{\"assigneeId\": \"%s\", \"version\": %d}".formatted(colleague, version));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("assigneeName").asString()).isEqualTo("Zoé Àlarie");
        JsonNode event = events.first(clientId, "ticket-assigned");
        assertThat(event.get("assigneeId").asString()).isEqualTo(colleague.toString());
        assertThat(event.get("assignedBy").asString()).isEqualTo(staffId.toString());

        assertThat(TicketApi.ids(api.list(staff, "clientId=" + clientId + "&assignee=" + colleague)))
                .containsExactly(id);
        assertThat(TicketApi.ids(api.list(staff, "clientId=" + clientId + "&assignee=none")))
                .isEmpty();

        ApiClient.Response unknown = api.http.put(
                "/api/tickets/" + id + "/assignee",
                staff,
                "{\"assigneeId\": \"%s\", \"version\": %d}"
                        .formatted(
                                UUID.randomUUID(),
                                assigned.json().get("version").asLong()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("assigneeId");

        ApiClient.Response reclassified = api.http.send(
                "PATCH",
                "/api/tickets/" + id,
                staff,
                "{\"categoryId\": \"6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0002\", \"followUpOn\": \"2026-12-31\", \"version\": %d}"
                        .formatted(assigned.json().get("version").asLong()),
                "en");
        assertThat(reclassified.status()).as(reclassified.body()).isEqualTo(200);
        assertThat(reclassified.json().get("categoryLabel").asString()).isEqualTo("Nail trim");
        assertThat(reclassified.json().get("followUpOn").asString()).isEqualTo("2026-12-31");
    }

    @Test
    void personalTextIsEncryptedAtRest() {
        String id = api.open(client, clientId, "Sujet très personnel", "Corps confidentiel du message")
                .get("id")
                .asString();
        api.reply(client, id, "Deuxième message confidentiel");
        Map<String, Object> row = jdbc.sql("select subject, client_name from ticket where id = ?::uuid")
                .param(id)
                .query()
                .singleRow();
        assertThat(new String((byte[]) row.get("subject"), StandardCharsets.ISO_8859_1))
                .doesNotContain("personnel");
        assertThat(new String((byte[]) row.get("client_name"), StandardCharsets.ISO_8859_1))
                .doesNotContain("Marceau");
        List<byte[]> bodies = jdbc.sql("select body from ticket_message where ticket_id = ?::uuid")
                .param(id)
                .query(byte[].class)
                .list();
        assertThat(bodies)
                .hasSize(2)
                .allSatisfy(body -> assertThat(new String(body, StandardCharsets.ISO_8859_1))
                        .doesNotContain("confidentiel"));
        assertThat(jdbc.sql("select count(*) from ticket_search_token where ticket_id = ?::uuid"
                                + " and token_hash like '%conf%'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("tokens are keyed hashes")
                .isZero();
    }

    @Test
    void invalidInputNamesItsFieldsInFrenchAndEnglish() {
        String body = """
                {"clientId": "%s", "subject": "", "categoryId": "%s", "body": "<script>alert(1)</script>",
                 "beneficiaries": ["ami@exemple.ca", "pas-une-adresse"]}""".formatted(clientId, TicketApi.GENERAL);
        ApiClient.Response fr = api.http.post("/api/tickets", client, body);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(TicketApi.texts(fr.json().get("errors"), "field")).contains("subject", "beneficiaries[1]");

        ApiClient.Response empty = api.http.send(
                "POST",
                "/api/tickets",
                client,
                TicketApi.newTicket(clientId, "Sujet", "<script>alert(1)</script>"),
                "en");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(empty.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The message must contain text.");

        ApiClient.Response category = api.http.post("/api/tickets", client, """
                {"clientId": "%s", "subject": "Sujet", "categoryId": "%s", "body": "Texte"}""".formatted(clientId, UUID.randomUUID()));
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().get("errors").get(0).get("field").asString()).isEqualTo("categoryId");
        assertThat(category.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Catégorie inconnue ou retirée.");
        assertThat(jdbc.sql("select count(*) from ticket where client_id = ?")
                        .param(clientId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTicketNamesTheServicesWantedAndItsBeneficiariesAndRefusesUnknownServices() {
        String homeVisit = "7a2d1e4f-9c4b-4c7f-8b68-1d7f3c2e0001";
        ApiClient.Response created = api.http.post(
                "/api/tickets", client, """
                {"clientId": "%s", "subject": "Visite", "categoryId": "%s", "body": "Une visite, svp.",
                 "serviceOptionIds": ["%s"], "beneficiaries": ["conjointe@exemple.ca"],
                 "attachments": [{"documentId": "%s", "name": "photo de Moka.jpg", "contentType": "image/jpeg",
                                  "size": 2048}]}""".formatted(clientId, TicketApi.GENERAL, homeVisit, UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode ticket = created.json();
        assertThat(ticket.get("serviceOptions").get(0).get("label").asString()).isEqualTo("Visites à domicile");
        assertThat(ticket.get("beneficiaries").get(0).asString()).isEqualTo("conjointe@exemple.ca");
        assertThat(ticket.get("messages")
                        .get(0)
                        .get("attachments")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("photo de Moka.jpg");
        assertThat(events.first(clientId, "message-added")
                        .get("beneficiaryCount")
                        .asInt())
                .isEqualTo(1);

        ApiClient.Response unknown = api.http.post(
                "/api/tickets", client, """
                {"clientId": "%s", "subject": "Visite", "categoryId": "%s", "body": "Texte",
                 "serviceOptionIds": ["%s", "%s"]}""".formatted(clientId, TicketApi.GENERAL, homeVisit, UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(TicketApi.texts(unknown.json().get("errors"), "field")).containsExactly("serviceOptionIds[1]");
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Service inconnu ou retiré.");
    }
}
