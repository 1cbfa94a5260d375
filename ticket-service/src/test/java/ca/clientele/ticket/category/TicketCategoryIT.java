package ca.clientele.ticket.category;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class TicketCategoryIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String client;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        UUID clientId = UUID.randomUUID();
        client = jwts.client(clientId, clientId + "@exemple.ca", "Francis", "Marceau");
        admin = jwts.admin(UUID.randomUUID());
    }

    @Test
    void theSeededCategoriesAreLabelledInTheCallersLanguage() {
        ApiClient.Response fr = api.get("/api/tickets/categories", client);
        assertThat(fr.status()).isEqualTo(200);
        assertThat(labels(fr)).containsEntry("general", "Général").containsEntry("nail-trim", "Taille des griffes");

        ApiClient.Response en = api.get("/api/tickets/categories", client, "en-CA");
        assertThat(labels(en)).containsEntry("general", "General").containsEntry("nail-trim", "Nail trim");
    }

    @Test
    void anAdministratorAddsACategoryThatClientsThenSee() {
        String code = "home-visit-" + suffix();
        ApiClient.Response created = api.post("/api/tickets/categories", admin, """
                {"code": "%s", "labelFr": "  Visites à domicile ", "labelEn": "Home visits"}""".formatted(code));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("label").asString()).isEqualTo("Visites à domicile");
        assertThat(created.json().get("active").asBoolean()).isTrue();

        assertThat(labels(api.get("/api/tickets/categories", client))).containsEntry(code, "Visites à domicile");
        assertThat(jdbc.sql("select label_en from ticket_category where code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("Home visits");
    }

    @Test
    void aDuplicateCodeIsAConflictInTheCallersLanguage() {
        String body = """
                {"code": "general", "labelFr": "Autre général", "labelEn": "Other general"}""";
        ApiClient.Response fr = api.post("/api/tickets/categories", admin, body);
        assertThat(fr.status()).isEqualTo(409);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Une catégorie avec le code « general » existe déjà.");

        ApiClient.Response en = api.send("POST", "/api/tickets/categories", admin, body, "en");
        assertThat(en.status()).isEqualTo(409);
        assertThat(en.json().get("detail").asString())
                .isEqualTo("A category with the code \"general\" already exists.");
        assertThat(jdbc.sql("select count(*) from ticket_category where code = 'general'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyStaffMayAddACategory() {
        String body = """
                {"code": "%s", "labelFr": "Essai", "labelEn": "Trial"}""".formatted("trial-" + suffix());
        ApiClient.Response asClient = api.post("/api/tickets/categories", client, body);
        assertThat(asClient.status()).isEqualTo(403);
        assertThat(asClient.isProblem()).isTrue();
        assertThat(api.post("/api/tickets/categories", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/tickets/categories", jwts.staff(UUID.randomUUID()), body)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anInvalidCategoryNamesItsFieldsInFrenchByDefaultAndInEnglishOnRequest() {
        String body = """
                {"code": "Pas Bon!", "labelFr": " ", "labelEn": "Fine"}""";
        ApiClient.Response fr = api.post("/api/tickets/categories", admin, body);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(errors(fr))
                .containsEntry(
                        "code",
                        "De 2 à 40 caractères : lettres minuscules, chiffres et traits d'union, en commençant par une lettre.")
                .containsEntry("labelFr", "ne doit pas être vide")
                .doesNotContainKey("labelEn");

        ApiClient.Response en = api.send("POST", "/api/tickets/categories", admin, body, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("detail").asString()).isEqualTo("Some fields are invalid.");
        assertThat(errors(en)).containsEntry("labelFr", "must not be blank");
    }

    private static Map<String, String> labels(ApiClient.Response response) {
        return toMap(response.json(), "code", "label");
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        return toMap(response.json().get("errors"), "field", "message");
    }

    private static Map<String, String> toMap(JsonNode array, String key, String value) {
        List<JsonNode> nodes = StreamSupport.stream(array.spliterator(), false).toList();
        return nodes.stream()
                .collect(java.util.stream.Collectors.toMap(
                        node -> node.get(key).asString(),
                        node -> node.get(value).asString()));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
