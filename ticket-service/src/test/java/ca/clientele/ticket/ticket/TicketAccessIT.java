package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who may reach what, endpoint by endpoint: another client's ticket and a staff-only call do not exist for a client
 * (404), staff-only endpoints are refused (403), internal notes and others' bcc never reach a client.
 */
@TicketIntegrationTest
class TicketAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    TicketApi api;
    UUID aliceId;
    UUID bobId;
    String alice;
    String bob;
    String staff;
    String ticket;
    String call;
    long version;

    @BeforeEach
    void setUp() {
        api = new TicketApi(port);
        aliceId = UUID.randomUUID();
        bobId = UUID.randomUUID();
        alice = jwts.client(aliceId, "alice@exemple.ca", "Alice", "Tremblay");
        bob = jwts.client(bobId, "bob@exemple.ca", "Bob", "Gagnon");
        staff = jwts.staff(UUID.randomUUID());
        ticket = api.open(alice, aliceId, "Le ticket d'Alice", "Bonjour")
                .get("id")
                .asString();
        call = api.call(staff, aliceId, "COMPLAINT", "2026-12-20").get("id").asString();
        version = api.get(staff, ticket).get("version").asLong();
    }

    @Test
    void anotherClientsTicketDoesNotExistForAClientOnAnyEndpoint() {
        String versionBody = "{\"version\": " + version + "}";
        assertThat(status("GET", "/api/tickets/" + ticket, bob, null)).isEqualTo(404);
        assertThat(status("GET", "/api/tickets/" + ticket + "/messages", bob, null))
                .isEqualTo(404);
        assertThat(status("POST", "/api/tickets/" + ticket + "/messages", bob, "{\"body\": \"Intrus\"}"))
                .isEqualTo(404);
        assertThat(status("POST", "/api/tickets/" + ticket + "/close", bob, versionBody))
                .isEqualTo(404);
        assertThat(status("POST", "/api/tickets/" + ticket + "/reopen", bob, versionBody))
                .isEqualTo(404);
        assertThat(status("POST", "/api/tickets", bob, TicketApi.newTicket(aliceId, "Pour Alice", "Texte")))
                .as("a client opens tickets for themself only")
                .isEqualTo(404);
        assertThat(status("GET", "/api/tickets?clientId=" + aliceId, bob, null)).isEqualTo(404);
        assertThat(status("GET", "/api/tickets", bob, null))
                .as("a client must name themself")
                .isEqualTo(404);
        assertThat(status("GET", "/api/tickets/" + UUID.randomUUID(), staff, null))
                .isEqualTo(404);
        assertThat(api.get(alice, ticket).get("messages")).hasSize(1);
    }

    @Test
    void aStaffOnlyCallDoesNotExistForItsClient() {
        String versionBody =
                "{\"version\": " + api.get(staff, call).get("version").asLong() + "}";
        assertThat(status("GET", "/api/tickets/" + call, alice, null)).isEqualTo(404);
        assertThat(status("GET", "/api/tickets/" + call + "/messages", alice, null))
                .isEqualTo(404);
        assertThat(status("POST", "/api/tickets/" + call + "/messages", alice, "{\"body\": \"Allo\"}"))
                .isEqualTo(404);
        assertThat(status("POST", "/api/tickets/" + call + "/close", alice, versionBody))
                .isEqualTo(404);
        assertThat(status("POST", "/api/tickets/" + call + "/reopen", alice, versionBody))
                .isEqualTo(404);
        assertThat(TicketApi.ids(api.list(alice, "clientId=" + aliceId))).containsExactly(ticket);
        assertThat(TicketApi.ids(api.list(staff, "clientId=" + aliceId))).containsExactlyInAnyOrder(ticket, call);
    }

    @Test
    void staffOnlyEndpointsAreRefusedToClients() {
        assertThat(status("POST", "/api/tickets/calls", alice, """
                        {"clientId": "%s", "clientName": "Alice", "channel": "PHONE", "type": "QUESTION",
                         "subject": "Moi-même", "summary": "Texte", "durationMinutes": 1}""".formatted(aliceId)))
                .isEqualTo(403);
        assertThat(status("GET", "/api/tickets/assignees", alice, null)).isEqualTo(403);
        assertThat(status(
                        "PUT",
                        "/api/tickets/" + ticket + "/assignee",
                        alice,
                        "{\"assigneeId\": null, \"version\": " + version + "}"))
                .isEqualTo(403);
        assertThat(status("PATCH", "/api/tickets/" + ticket, alice, "{\"version\": " + version + "}"))
                .isEqualTo(403);
        assertThat(status("GET", "/api/tickets/" + ticket, null, null)).isEqualTo(401);
    }

    @Test
    void internalNotesNeverReachTheClientAndAClientCannotWriteOne() {
        api.note(staff, ticket, "Note interne : client difficile.");
        api.reply(staff, ticket, "Réponse publique.");

        JsonNode forAlice = api.get(alice, ticket);
        assertThat(TicketApi.texts(forAlice.get("messages"), "body"))
                .containsExactly("<p>Réponse publique.</p>", "<p>Bonjour</p>");
        JsonNode page = api.http
                .get("/api/tickets/" + ticket + "/messages?size=10", alice)
                .json();
        assertThat(page.get("content")).hasSize(2);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get(staff, ticket).get("messages")).hasSize(3);

        ApiClient.Response note = api.http.post(
                "/api/tickets/" + ticket + "/messages", alice, "{\"body\": \"Note\", \"internal\": true}");
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.json().get("errors").get(0).get("field").asString()).isEqualTo("internal");
    }

    @Test
    void bccIsShownToStaffAndToTheAuthorOnly() {
        api.post(staff, ticket, "{\"body\": \"Copie cachée\", \"bcc\": [\"gestion@clientele.test\"]}");
        api.post(alice, ticket, "{\"body\": \"Ma copie\", \"bcc\": [\"conjoint@exemple.ca\"]}");

        List<JsonNode> forAlice = messages(api.get(alice, ticket));
        assertThat(bcc(forAlice.get(0))).containsExactly("conjoint@exemple.ca");
        assertThat(bcc(forAlice.get(1)))
                .as("the staff member's bcc is hidden from the client")
                .isEmpty();

        List<JsonNode> forStaff = messages(api.get(staff, ticket));
        assertThat(bcc(forStaff.get(0))).containsExactly("conjoint@exemple.ca");
        assertThat(bcc(forStaff.get(1))).containsExactly("gestion@clientele.test");
    }

    /** The notification service reads who gets a copy of a reply; nobody else can, not even the ticket's client. */
    @Test
    void theCopiesOfAReplyAreForTheNotificationServiceOnly() {
        ApiClient.Response opened = api.http.post("/api/tickets", alice, """
                {"clientId": "%s", "subject": "Avec copies", "categoryId": "%s", "body": "Bonjour",
                 "beneficiaries": ["conjoint@exemple.ca", "voisine@exemple.ca"]}""".formatted(aliceId, TicketApi.GENERAL));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String withCopies = opened.json().get("id").asString();
        String reply = api.post(staff, withCopies, "{\"body\": \"Réponse\", \"bcc\": [\"gestion@clientele.test\"]}")
                .get("id")
                .asString();
        String note = api.note(staff, withCopies, "Note interne").get("id").asString();
        String service = jwts.token(UUID.randomUUID(), List.of("service"), null, null, null);
        String path = "/api/tickets/" + withCopies + "/messages/" + reply + "/recipients";

        ApiClient.Response copies = api.http.get(path, service);
        assertThat(copies.status()).as(copies.body()).isEqualTo(200);
        assertThat(copies.json().get("beneficiaries").toString())
                .isEqualTo("[\"conjoint@exemple.ca\",\"voisine@exemple.ca\"]");
        assertThat(copies.json().get("bcc").toString()).isEqualTo("[\"gestion@clientele.test\"]");
        assertThat(api.http
                        .get("/api/tickets/" + withCopies + "/messages/" + note + "/recipients", service)
                        .json()
                        .get("beneficiaries"))
                .as("an internal note is e-mailed to nobody")
                .isEmpty();
        for (String someoneElse : List.of(alice, bob, staff)) {
            assertThat(status("GET", path, someoneElse, null)).isEqualTo(404);
        }
        assertThat(status("GET", "/api/tickets/" + ticket + "/messages/" + reply + "/recipients", service, null))
                .as("a message of another ticket")
                .isEqualTo(404);
    }

    @Test
    void theClientSeesOnlyTheFiveNewestMessagesThenPagesOlderOnes() {
        for (int i = 1; i <= 6; i++) {
            api.reply(alice, ticket, "Message " + i);
        }
        JsonNode view = api.get(alice, ticket);
        assertThat(TicketApi.texts(view.get("messages"), "body"))
                .containsExactly(
                        "<p>Message 6</p>",
                        "<p>Message 5</p>",
                        "<p>Message 4</p>",
                        "<p>Message 3</p>",
                        "<p>Message 2</p>");
        assertThat(view.get("moreMessages").asBoolean()).isTrue();
        JsonNode older = api.http
                .get("/api/tickets/" + ticket + "/messages?page=1&size=5", alice)
                .json();
        assertThat(TicketApi.texts(older.get("content"), "body")).containsExactly("<p>Message 1</p>", "<p>Bonjour</p>");
        assertThat(older.get("page").get("totalPages").asInt()).isEqualTo(2);
    }

    private int status(String method, String path, String token, String json) {
        return api.http.send(method, path, token, json, null).status();
    }

    private static List<JsonNode> messages(JsonNode view) {
        return java.util.stream.StreamSupport.stream(view.get("messages").spliterator(), false)
                .toList();
    }

    private static List<String> bcc(JsonNode message) {
        return java.util.stream.StreamSupport.stream(message.get("bcc").spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
