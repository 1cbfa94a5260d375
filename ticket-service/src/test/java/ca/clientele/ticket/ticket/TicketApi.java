package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** The ticket API as the tests call it: the common requests, each asserted successful. */
final class TicketApi {

    static final String GENERAL = "6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0001";

    final ApiClient http;

    TicketApi(int port) {
        this.http = new ApiClient(port);
    }

    JsonNode open(String token, UUID clientId, String subject, String body) {
        ApiClient.Response created = http.post("/api/tickets", token, newTicket(clientId, subject, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static String newTicket(UUID clientId, String subject, String body) {
        return """
                {"clientId": "%s", "subject": %s, "categoryId": "%s", "body": %s}""".formatted(clientId, quote(subject), GENERAL, quote(body));
    }

    JsonNode call(String staffToken, UUID clientId, String type, String followUpOn) {
        ApiClient.Response created = http.post("/api/tickets/calls", staffToken, """
                {"clientId": "%s", "clientName": "Francis Marceau", "channel": "PHONE", "type": "%s",
                 "subject": "Appel au sujet de Moka", "summary": "<p>Le client a appelé au sujet de <b>Moka</b>.</p>",
                 "durationMinutes": 12, "followUpOn": %s}""".formatted(
                        clientId, type, followUpOn == null ? "null" : quote(followUpOn)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    JsonNode reply(String token, String ticketId, String body) {
        return post(token, ticketId, "{\"body\": %s}".formatted(quote(body)));
    }

    JsonNode note(String staffToken, String ticketId, String body) {
        return post(staffToken, ticketId, "{\"body\": %s, \"internal\": true}".formatted(quote(body)));
    }

    JsonNode post(String token, String ticketId, String json) {
        ApiClient.Response posted = http.post("/api/tickets/" + ticketId + "/messages", token, json);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json();
    }

    JsonNode get(String token, String ticketId) {
        ApiClient.Response found = http.get("/api/tickets/" + ticketId, token);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }

    JsonNode list(String token, String query) {
        ApiClient.Response page = http.get("/api/tickets?" + query, token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json();
    }

    static List<String> ids(JsonNode page) {
        return texts(page.get("content"), "id");
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.get(field).asString())
                .toList();
    }

    static String quote(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
    }
}
