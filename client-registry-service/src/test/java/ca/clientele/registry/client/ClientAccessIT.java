package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.RegistryIntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RegistryIntegrationTest
class ClientAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void aClientReadsOnlyTheirOwnRecord() {
        UUID alice = register("Alice", "Gagnon");
        UUID bob = register("Bob", "Roy");
        String aliceToken = jwts.client(alice, null, null, null);

        assertThat(api.get("/api/clients/" + alice, aliceToken).status()).isEqualTo(200);
        ApiClient.Response other = api.get("/api/clients/" + bob, aliceToken);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.isProblem()).isTrue();
        assertThat(other.body()).doesNotContain("Bob", "Roy");
    }

    @Test
    void staffReadAnyRecordAndOnlyStaffList() {
        UUID alice = register("Alice", "Gagnon");
        assertThat(api.get("/api/clients/" + alice, jwts.staff(UUID.randomUUID()))
                        .json()
                        .get("firstName")
                        .asString())
                .isEqualTo("Alice");
        ApiClient.Response denied = api.get("/api/clients", jwts.client(alice, null, null, null));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.isProblem()).isTrue();
    }

    @Test
    void noTokenOrAForgedTokenIsRefused() {
        assertThat(api.get("/api/clients/me", null).status()).isEqualTo(401);
        assertThat(api.get("/api/clients/me", TestJwts.forged(UUID.randomUUID()))
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void staffSearchIsAccentAndCaseInsensitiveOnNamePrefixes() {
        String family = "Béliveau" + suffix();
        UUID julien = register("Julien", family);
        register("Julie", "Tremblay" + suffix());
        String staff = jwts.staff(UUID.randomUUID());

        assertThat(ids(api.get(
                        "/api/clients?q=" + "beliveau" + family.substring(8).toLowerCase(), staff)))
                .containsExactly(julien);
        assertThat(ids(api.get("/api/clients?q=JULIEN%20" + "beli", staff))).contains(julien);
        assertThat(ids(api.get("/api/clients?q=zzzz", staff))).isEmpty();
        ApiClient.Response page = api.get("/api/clients?size=1", staff);
        assertThat(page.json().get("page").get("size").asInt()).isEqualTo(1);
        assertThat(page.json().get("content").size()).isEqualTo(1);
    }

    @Test
    void badQueryParametersGiveALocalizedProblem() {
        String staff = jwts.staff(UUID.randomUUID());
        ApiClient.Response fr = api.get("/api/clients?size=1000", staff, "fr-CA");
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        ApiClient.Response en = api.get("/api/clients?status=NOPE", staff, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.isProblem()).isTrue();
    }

    private UUID register(String given, String family) {
        UUID id = UUID.randomUUID();
        api.post("/api/clients/me", jwts.client(id, id + "@exemple.ca", given, family), null);
        return id;
    }

    private static String suffix() {
        // Six random letters, so each run's names are unique prefixes of themselves.
        return ThreadLocalRandom.current()
                .ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static List<UUID> ids(ApiClient.Response response) {
        JsonNode content = response.json().get("content");
        return StreamSupport.stream(content.spliterator(), false)
                .map(node -> UUID.fromString(node.get("id").asString()))
                .toList();
    }
}
