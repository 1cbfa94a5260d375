package ca.clientele.ticket.canned;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class CannedReplyIT {

    static final String PATH = "/api/tickets/canned-replies";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        staff = jwts.staff(UUID.randomUUID());
    }

    @Test
    void staffSaveAReplyInBothLanguagesWithBodiesCleanedToTheEditorsAllowList() {
        ApiClient.Response created = api.post(PATH, staff, """
                {"titleFr": " Rendez-vous confirmé ", "titleEn": "Appointment confirmed",
                 "bodyFr": "<p onclick=\\"x()\\">Bonjour, <strong>c'est noté</strong><script>alert(1)</script></p><a href=\\"javascript:x\\">ici</a><img src=x onerror=alert(1)>",
                 "bodyEn": "Hello,\\n\\nit is 5 > 3 & booked"}""");
        assertThat(created.status()).isEqualTo(201);
        JsonNode reply = created.json();
        assertThat(reply.get("titleFr").asString()).isEqualTo("Rendez-vous confirmé");
        assertThat(reply.get("bodyFr").asString()).isEqualTo("<p>Bonjour, <strong>c&#39;est noté</strong></p>ici");
        assertThat(reply.get("bodyEn").asString()).isEqualTo("<p>Hello,</p><p>it is 5 &gt; 3 &amp; booked</p>");
        assertThat(reply.get("version").asLong()).isZero();

        String id = reply.get("id").asString();
        assertThat(byId(api.get(PATH, staff).json(), id).get("bodyEn").asString())
                .isEqualTo(reply.get("bodyEn").asString());
        assertThat(jdbc.sql("select body_fr from ticket_canned_reply where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .doesNotContain("script", "onclick", "onerror", "javascript");
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndADeleteToo() {
        String id = add("Délai").get("id").asString();
        ApiClient.Response changed = api.put(PATH + "/" + id, staff, body("Délai de réponse", 0));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("titleFr").asString()).isEqualTo("Délai de réponse");
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        ApiClient.Response unversioned = api.put(PATH + "/" + id, staff, """
                {"titleFr": "Sans version", "titleEn": "Title", "bodyFr": "Bonjour", "bodyEn": "Hello"}""");
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(errors(unversioned)).containsExactly("version: ne doit pas être nul");

        ApiClient.Response stale = api.put(PATH + "/" + id, staff, body("Autre", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(api.send("DELETE", PATH + "/" + id + "?version=0", staff, null, null)
                        .status())
                .isEqualTo(409);
        assertThat(byId(api.get(PATH, staff).json(), id).get("titleFr").asString())
                .isEqualTo("Délai de réponse");

        assertThat(api.send("DELETE", PATH + "/" + id + "?version=1", staff, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(ids(api.get(PATH, staff).json())).doesNotContain(id);
        assertThat(api.send("DELETE", PATH + "/" + id + "?version=1", staff, null, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aBodyThatCleansToNothingIsAFieldErrorInTheCallersLanguage() {
        String body = """
                {"titleFr": "", "titleEn": "Empty", "bodyFr": "<script>alert(1)</script><p> </p>", "bodyEn": "Fine"}""";
        ApiClient.Response fr = api.post(PATH, staff, body);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(errors(fr))
                .containsExactlyInAnyOrder(
                        "titleFr: ne doit pas être vide",
                        "bodyFr: Rédigez la réponse : elle ne peut pas être vide une fois nettoyée.");
        ApiClient.Response en = api.send("POST", PATH, staff, body, "en");
        assertThat(errors(en)).contains("bodyFr: Write the reply: it cannot be empty once cleaned up.");
    }

    @Test
    void clientsNeitherReadNorWriteCannedReplies() {
        String id = add("Privé").get("id").asString();
        String client = jwts.client(UUID.randomUUID(), null, null, null);
        assertThat(api.get(PATH, client).status()).isEqualTo(403);
        assertThat(api.post(PATH, client, body("Pirate", 0)).status()).isEqualTo(403);
        assertThat(api.put(PATH + "/" + id, client, body("Pirate", 0)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", PATH + "/" + id + "?version=0", client, null, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
    }

    private JsonNode add(String titleFr) {
        ApiClient.Response created = api.post(PATH, staff, body(titleFr, 0));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    private static String body(String titleFr, long version) {
        return """
                {"titleFr": "%s", "titleEn": "Title", "bodyFr": "<p>Bonjour</p>", "bodyEn": "<p>Hello</p>", "version": %d}""".formatted(titleFr, version);
    }

    private static List<String> errors(ApiClient.Response response) {
        return nodes(response.json().get("errors")).stream()
                .map(node -> node.get("field").asString() + ": "
                        + node.get("message").asString())
                .toList();
    }

    private static List<String> ids(JsonNode list) {
        return nodes(list).stream().map(node -> node.get("id").asString()).toList();
    }

    private static JsonNode byId(JsonNode list, String id) {
        return nodes(list).stream()
                .filter(node -> node.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonNode> nodes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
