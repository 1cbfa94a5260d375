package ca.clientele.ticket.choice;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Categories and wished services: the two staff-kept lists of the ticket form behave alike. */
@ServiceIntegrationTest
class ChoiceListsIT {

    static final String CATEGORIES = "/api/tickets/categories";
    static final String SERVICE_OPTIONS = "/api/tickets/service-options";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    ApiClient api;
    String client;
    String staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        UUID clientId = UUID.randomUUID();
        client = jwts.client(clientId, clientId + "@exemple.ca", "Francis", "Marceau");
        staff = jwts.staff(UUID.randomUUID());
    }

    @Test
    void theSeedsWishedServicesAreOfferedInBothLanguages() {
        JsonNode fr = api.get(SERVICE_OPTIONS, client).json();
        assertThat(byCode(fr, "home-visit").get("label").asString()).isEqualTo("Visites à domicile");
        assertThat(byCode(fr, "nail-trim").get("label").asString()).isEqualTo("Taille des griffes");
        assertThat(byCode(fr, "home-visit").get("labelEn").asString()).isEqualTo("Home visits");
        assertThat(byCode(fr, "home-visit").get("version").asLong()).isZero();

        JsonNode en = api.get(SERVICE_OPTIONS, client, "en").json();
        assertThat(byCode(en, "home-visit").get("label").asString()).isEqualTo("Home visits");
        assertThat(byCode(en, "nail-trim").get("label").asString()).isEqualTo("Nail trim");
    }

    @ParameterizedTest
    @ValueSource(strings = {CATEGORIES, SERVICE_OPTIONS})
    void staffRenameAndRetireAValueThatClientsThenNoLongerSee(String path) {
        JsonNode added = add(path);
        String id = added.get("id").asString();

        ApiClient.Response changed = api.put(path + "/" + id, staff, """
                {"labelFr": " Griffes et coussinets ", "labelEn": "Claws and pads", "active": false, "version": 0}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("label").asString()).isEqualTo("Griffes et coussinets");
        assertThat(changed.json().get("labelFr").asString()).isEqualTo("Griffes et coussinets");
        assertThat(changed.json().get("labelEn").asString()).isEqualTo("Claws and pads");
        assertThat(changed.json().get("active").asBoolean()).isFalse();
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(changed.json().get("code").asString())
                .isEqualTo(added.get("code").asString());

        assertThat(codes(api.get(path, client)))
                .doesNotContain(added.get("code").asString());
        assertThat(codes(api.get(path + "?includeInactive=true", client)))
                .doesNotContain(added.get("code").asString());
        assertThat(codes(api.get(path + "?includeInactive=true", staff)))
                .contains(added.get("code").asString());
        assertThat(codes(api.get(path, staff))).doesNotContain(added.get("code").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {CATEGORIES, SERVICE_OPTIONS})
    void aChangeFromAStaleVersionIsAConflictAndKeepsTheOtherChange(String path) {
        String id = add(path).get("id").asString();
        assertThat(api.put(path + "/" + id, staff, change("Premier", 0)).status())
                .isEqualTo(200);

        ApiClient.Response stale = api.put(path + "/" + id, staff, change("Second", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("detail").asString()).startsWith("Quelqu'un d'autre a modifié cette fiche");

        assertThat(byId(api.get(path, staff).json(), id).get("labelFr").asString())
                .isEqualTo("Premier");
    }

    @ParameterizedTest
    @ValueSource(strings = {CATEGORIES, SERVICE_OPTIONS})
    void onlyStaffChangeAValueAndAnUnknownOneIsNotFound(String path) {
        String id = add(path).get("id").asString();
        ApiClient.Response asClient = api.put(path + "/" + id, client, change("Pirate", 0));
        assertThat(asClient.status()).isEqualTo(403);
        assertThat(asClient.isProblem()).isTrue();
        assertThat(api.put(path + "/" + UUID.randomUUID(), staff, change("Absent", 0))
                        .status())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {CATEGORIES, SERVICE_OPTIONS})
    void anInvalidChangeNamesItsFieldsInTheCallersLanguage(String path) {
        String id = add(path).get("id").asString();
        String body = """
                {"labelFr": "", "labelEn": "%s", "active": true}""".formatted("x".repeat(81));
        ApiClient.Response fr = api.put(path + "/" + id, staff, body);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fields(fr)).containsExactlyInAnyOrder("labelFr", "labelEn", "version");
        ApiClient.Response en = api.send("PUT", path + "/" + id, staff, body, "en");
        assertThat(en.json().get("detail").asString()).isEqualTo("Some fields are invalid.");
    }

    @Test
    void aWishedServiceCodeTakenIsAConflictInTheCallersLanguage() {
        String body = """
                {"code": "home-visit", "labelFr": "Autre", "labelEn": "Other"}""";
        ApiClient.Response fr = api.post(SERVICE_OPTIONS, staff, body);
        assertThat(fr.status()).isEqualTo(409);
        assertThat(fr.json().get("detail").asString()).isEqualTo("Un service avec le code « home-visit » existe déjà.");
        ApiClient.Response en = api.send("POST", SERVICE_OPTIONS, staff, body, "en");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("A service option with the code \"home-visit\" already exists.");
    }

    private JsonNode add(String path) {
        String code = "v-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = api.post(path, staff, """
                {"code": "%s", "labelFr": "Essai", "labelEn": "Trial"}""".formatted(code));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    private static String change(String labelFr, long version) {
        return """
                {"labelFr": "%s", "labelEn": "Trial", "active": true, "version": %d}""".formatted(labelFr, version);
    }

    private static List<String> codes(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return nodes(response.json()).stream()
                .map(node -> node.get("code").asString())
                .toList();
    }

    private static List<String> fields(ApiClient.Response response) {
        return nodes(response.json().get("errors")).stream()
                .map(node -> node.get("field").asString())
                .toList();
    }

    private static JsonNode byCode(JsonNode list, String code) {
        return nodes(list).stream()
                .filter(node -> node.get("code").asString().equals(code))
                .findFirst()
                .orElseThrow();
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
