package ca.clientele.document.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class DocumentCatalogueIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    UUID alice;
    UUID bob;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        alice = UUID.randomUUID();
        bob = UUID.randomUUID();
    }

    @Test
    void aNewClientHasAnEmptyCatalogue() {
        ApiClient.Response response = api.get("/api/documents?clientId=" + alice, token(alice));
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("content").size()).isZero();
        assertThat(body.get("page").get("totalElements").asLong()).isZero();
        assertThat(body.get("page").get("size").asInt()).isEqualTo(20);
    }

    @Test
    void aClientReadsTheirDocumentsNewestFirstWithLabelledKinds() {
        insert(alice, "FORM_SUBMISSION", "Formulaire d'accueil", "2026-03-02T14:06:13Z");
        insert(alice, "SHARED_FILE", "Consignes après la taille des griffes", "2026-04-20T06:53:41Z");
        insert(bob, "SHARED_FILE", "Document de Bob", "2026-04-21T10:00:00Z");

        JsonNode page =
                api.get("/api/documents?clientId=" + alice, token(alice)).json();
        assertThat(titles(page)).containsExactly("Consignes après la taille des griffes", "Formulaire d'accueil");
        assertThat(page.get("content").get(0).get("kind").asString()).isEqualTo("SHARED_FILE");
        assertThat(page.get("content").get(0).get("kindLabel").asString()).isEqualTo("Fichier partagé");
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);

        JsonNode english =
                api.get("/api/documents?clientId=" + alice, token(alice), "en").json();
        assertThat(english.get("content").get(1).get("kindLabel").asString()).isEqualTo("Completed form");

        JsonNode secondPage = api.get("/api/documents?clientId=" + alice + "&size=1&page=1", token(alice))
                .json();
        assertThat(titles(secondPage)).containsExactly("Formulaire d'accueil");
        assertThat(secondPage.get("page").get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void anotherClientsCatalogueDoesNotExistForAClient() {
        insert(bob, "SHARED_FILE", "Document de Bob", "2026-04-21T10:00:00Z");

        ApiClient.Response probe = api.get("/api/documents?clientId=" + bob, token(alice));
        assertThat(probe.status()).isEqualTo(404);
        assertThat(probe.isProblem()).isTrue();
        assertThat(probe.body()).doesNotContain("Document de Bob");
    }

    @Test
    void staffReadAnyClientsCatalogue() {
        insert(bob, "SHARED_FILE", "Document de Bob", "2026-04-21T10:00:00Z");

        JsonNode page = api.get("/api/documents?clientId=" + bob, jwts.staff(UUID.randomUUID()))
                .json();
        assertThat(titles(page)).containsExactly("Document de Bob");
    }

    @Test
    void theCatalogueNeedsAValidToken() {
        assertThat(api.get("/api/documents?clientId=" + alice, null).status()).isEqualTo(401);
        assertThat(api.get("/api/documents?clientId=" + alice, TestJwts.forged(alice))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badParametersNameTheirFieldInFrenchByDefaultAndInEnglishOnRequest() {
        ApiClient.Response fr = api.get("/api/documents?clientId=" + alice + "&size=500", token(alice));
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(errors(fr)).containsExactlyEntriesOf(Map.of("size", "doit être inférieur ou égal à 100"));

        ApiClient.Response en = api.get("/api/documents?clientId=" + alice + "&size=500", token(alice), "en");
        assertThat(en.json().get("detail").asString()).isEqualTo("Some fields are invalid.");
        assertThat(errors(en)).containsExactlyEntriesOf(Map.of("size", "must be less than or equal to 100"));

        ApiClient.Response notAnId = api.get("/api/documents?clientId=nope", token(alice), "en");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(errors(notAnId)).containsExactlyEntriesOf(Map.of("clientId", "Wrong type or unknown value."));

        ApiClient.Response missing = api.get("/api/documents", token(alice));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.json().get("detail").asString()).isEqualTo("Le paramètre « clientId » est obligatoire.");
    }

    private String token(UUID clientId) {
        return jwts.client(clientId, null, null, null);
    }

    private void insert(UUID clientId, String kind, String title, String createdAt) {
        jdbc.sql("insert into document (id, client_id, kind, title, created_at) values (?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        clientId,
                        kind,
                        title,
                        OffsetDateTime.ofInstant(Instant.parse(createdAt), ZoneOffset.UTC))
                .update();
    }

    private static List<String> titles(JsonNode page) {
        return StreamSupport.stream(page.get("content").spliterator(), false)
                .map(node -> node.get("title").asString())
                .toList();
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .collect(Collectors.toMap(
                        node -> node.get("field").asString(),
                        node -> node.get("message").asString()));
    }
}
