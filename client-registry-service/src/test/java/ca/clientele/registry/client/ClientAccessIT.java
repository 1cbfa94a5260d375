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
    void anotherClientsIdIsNotFoundOnEveryEndpoint() {
        UUID alice = register("Alice", "Gagnon");
        UUID bob = register("Bob", "Roy");
        String aliceToken = jwts.client(alice, null, null, null);
        String bobRecord = "/api/clients/" + bob;
        // Valid bodies, so that only the id can be the reason; staff-only ones included.
        List<String[]> calls = List.of(
                new String[] {"GET", bobRecord, null},
                new String[] {"GET", bobRecord + "/consents", null},
                new String[] {"PUT", bobRecord + "/profile", "{\"firstName\":\"X\",\"lastName\":\"Y\",\"version\":0}"},
                new String[] {"PUT", bobRecord + "/addresses", "{\"billingAddress\":null,\"version\":0}"},
                new String[] {"PUT", bobRecord + "/options", "{\"newsletter\":true,\"sms\":true,\"version\":0}"},
                new String[] {"PUT", bobRecord + "/email", "{\"email\":\"x." + alice + "@exemple.ca\",\"version\":0}"},
                new String[] {"PUT", bobRecord + "/general", "{\"notes\":\"x\",\"version\":0}"},
                new String[] {"PUT", bobRecord + "/status", "{\"status\":\"INACTIVE\",\"version\":0}"},
                new String[] {"POST", bobRecord + "/invitation", null},
                // An invalid body does not tell either that the id exists.
                new String[] {"PUT", bobRecord + "/profile", "{\"firstName\":\"\",\"version\":0}"});
        for (String[] call : calls) {
            ApiClient.Response response = api.send(call[0], call[1], aliceToken, call[2], null);
            assertThat(response.status()).as(call[0] + " " + call[1]).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).doesNotContain("Bob", "Roy");
        }
        ApiClient.Response unchanged = api.get(bobRecord, jwts.staff(UUID.randomUUID()));
        assertThat(unchanged.json().get("version").asLong()).isZero();
        assertThat(unchanged.json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void staffOnlyEndpointsRefuseAClientTokenEvenForTheirOwnRecord() {
        UUID alice = register("Alice", "Gagnon");
        String aliceToken = jwts.client(alice, null, null, null);
        String own = "/api/clients/" + alice;
        List<String[]> calls = List.of(
                new String[] {"GET", "/api/clients", null},
                new String[] {"POST", "/api/clients", "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.ca\"}"},
                new String[] {"PUT", own + "/general", "{\"notes\":\"moi\",\"version\":0}"},
                new String[] {"PUT", own + "/status", "{\"status\":\"ACTIVE\",\"version\":0}"},
                new String[] {"POST", own + "/invitation", null});
        for (String[] call : calls) {
            ApiClient.Response response = api.send(call[0], call[1], aliceToken, call[2], "en");
            assertThat(response.status()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("detail").asString()).isEqualTo("You are not allowed to do this.");
        }
        assertThat(api.get(own, jwts.staff(UUID.randomUUID()))
                        .json()
                        .get("notes")
                        .isNull())
                .isTrue();
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
