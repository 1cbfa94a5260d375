package ca.clientele.booking.branch;

import static ca.clientele.booking.CatalogueFixture.errors;
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
class BranchIT {

    private static final String DEMO_BRANCH = "0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001";

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String client;
    String staff;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        client = jwts.client(UUID.randomUUID(), null, null, null);
        staff = jwts.staff(UUID.randomUUID());
        admin = jwts.admin(UUID.randomUUID());
    }

    @Test
    void withoutTheDemoProfileThereIsNoDemoBranch() {
        assertThat(api.get("/api/branches/" + DEMO_BRANCH, staff).status()).isEqualTo(404);
        assertThat(api.get("/api/branches/" + UUID.randomUUID(), client).status())
                .isEqualTo(404);
    }

    @Test
    void anAdministratorSetsWeeklyHoursThatEveryoneReads() {
        String id = api.post("/api/branches", admin, newBranch(code(), "G1R 4P5"))
                .json()
                .get("id")
                .asString();
        ApiClient.Response changed = api.put("/api/branches/" + id + "/hours", admin, """
                {"hours": [{"dayOfWeek": "SATURDAY", "opens": "10:00", "closes": "16:00"},
                           {"dayOfWeek": "MONDAY", "opens": "13:00", "closes": "17:00"},
                           {"dayOfWeek": "MONDAY", "opens": "09:00", "closes": "12:00"}], "version": 0}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode hours = api.get("/api/branches/" + id, client).json().get("hours");
        assertThat(hours.toString())
                .isEqualTo("[{\"dayOfWeek\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"12:00\"},"
                        + "{\"dayOfWeek\":\"MONDAY\",\"opens\":\"13:00\",\"closes\":\"17:00\"},"
                        + "{\"dayOfWeek\":\"SATURDAY\",\"opens\":\"10:00\",\"closes\":\"16:00\"}]");

        ApiClient.Response overlap = api.put("/api/branches/" + id + "/hours", admin, """
                {"hours": [{"dayOfWeek": "MONDAY", "opens": "09:00", "closes": "12:00"},
                           {"dayOfWeek": "MONDAY", "opens": "11:00", "closes": "13:00"}], "version": 1}""");
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(errors(overlap)).containsOnlyKeys("hours[1]");
        ApiClient.Response stale = api.put("/api/branches/" + id + "/hours", admin, """
                {"hours": [], "version": 0}""");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.put("/api/branches/" + id + "/hours", staff, """
                        {"hours": [], "version": 1}""").status())
                .isEqualTo(403);
        assertThat(api.get("/api/branches/" + id, client).json().get("hours").size())
                .isEqualTo(3);
    }

    @Test
    void anAdministratorClosesABranchOnAHolidayOncePerDate() {
        String id = api.post("/api/branches", admin, newBranch(code(), "G1R 4P5"))
                .json()
                .get("id")
                .asString();
        ApiClient.Response closed = api.post("/api/branches/" + id + "/closures", admin, """
                {"date": "2026-06-24", "reason": "Fête nationale"}""");
        assertThat(closed.status()).isEqualTo(201);
        String closureId = closed.json().get("id").asString();
        assertThat(api.get("/api/branches/" + id + "/closures", client)
                        .json()
                        .get(0)
                        .get("reason")
                        .asString())
                .isEqualTo("Fête nationale");

        ApiClient.Response again = api.post("/api/branches/" + id + "/closures", admin, """
                {"date": "2026-06-24", "reason": "Encore"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).isEqualTo("La succursale est déjà fermée le 2026-06-24.");
        assertThat(api.post("/api/branches/" + id + "/closures", staff, """
                        {"date": "2026-07-01", "reason": "Fête du Canada"}""").status())
                .isEqualTo(403);
        ApiClient.Response noReason = api.post("/api/branches/" + id + "/closures", admin, """
                {"date": "2026-07-01"}""");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(errors(noReason)).containsOnlyKeys("reason");

        assertThat(api.send("DELETE", "/api/branches/" + id + "/closures/" + closureId, admin, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/branches/" + id + "/closures", staff).json().size())
                .isZero();
    }

    @Test
    void anAdministratorOpensABranchWithANormalisedPostalCodeAndQuebecTime() {
        String code = code();
        ApiClient.Response created = api.post("/api/branches", admin, newBranch(code, "g1r 4p5"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode branch = created.json();
        assertThat(branch.get("address").get("postalCode").asString()).isEqualTo("G1R 4P5");
        assertThat(branch.get("timezone").asString()).isEqualTo("America/Montreal");
        assertThat(branch.get("active").asBoolean()).isTrue();
        assertThat(branch.get("version").asLong()).isZero();

        assertThat(jdbc.sql("select postal_code from branch where code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("G1R 4P5");
        assertThat(codes(api.get("/api/branches", client))).contains(code);
    }

    @Test
    void aChangeOnTheCurrentVersionWinsAndAStaleOneIsAConflict() {
        JsonNode branch =
                api.post("/api/branches", admin, newBranch(code(), "G1R 4P5")).json();
        String id = branch.get("id").asString();

        ApiClient.Response changed = api.put("/api/branches/" + id, admin, changes("Succursale Vieux-Québec", 0, true));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Succursale Vieux-Québec");
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        // A second editor still holds version 0.
        ApiClient.Response stale = api.put("/api/branches/" + id, admin, changes("Autre nom", 0, true));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("detail").asString()).startsWith("Quelqu'un d'autre a modifié cette fiche");
        assertThat(api.get("/api/branches/" + id, staff).json().get("name").asString())
                .isEqualTo("Succursale Vieux-Québec");
    }

    @Test
    void aClosedBranchIsHiddenFromClientsButNotFromStaff() {
        String code = code();
        String id = api.post("/api/branches", admin, newBranch(code, "G1R 4P5"))
                .json()
                .get("id")
                .asString();
        assertThat(api.put("/api/branches/" + id, admin, changes("Fermée", 0, false))
                        .status())
                .isEqualTo(200);

        assertThat(codes(api.get("/api/branches", client))).doesNotContain(code);
        assertThat(codes(api.get("/api/branches?includeInactive=true", client))).doesNotContain(code);
        assertThat(api.get("/api/branches/" + id, client).status()).isEqualTo(404);
        assertThat(codes(api.get("/api/branches?includeInactive=true", staff))).contains(code);
        assertThat(api.get("/api/branches/" + id, staff).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorChangesBranches() {
        ApiClient.Response byStaff = api.post("/api/branches", staff, newBranch(code(), "G1R 4P5"));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.isProblem()).isTrue();
        assertThat(api.post("/api/branches", client, newBranch(code(), "G1R 4P5"))
                        .status())
                .isEqualTo(403);
        assertThat(api.put("/api/branches/" + DEMO_BRANCH, staff, changes("Pirate", 0, true))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/branches", null, newBranch(code(), "G1R 4P5")).status())
                .isEqualTo(401);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = code();
        assertThat(api.post("/api/branches", admin, newBranch(code, "H2J 2L3")).status())
                .isEqualTo(201);
        ApiClient.Response duplicate = api.post("/api/branches", admin, newBranch(code, "H2J 2L3"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString())
                .isEqualTo("Une succursale avec le code « " + code + " » existe déjà.");
    }

    @Test
    void anInvalidBranchNamesItsFieldsInFrenchByDefaultAndInEnglishOnRequest() {
        String body = """
                {"code": "mtl", "name": "Succursale", "timezone": "Mars/Olympus",
                 "address": {"street": "1, rue Principale", "city": " ", "province": "XX", "postalCode": "90210"}}""";
        ApiClient.Response fr = api.post("/api/branches", admin, body);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(errors(fr))
                .containsOnlyKeys("code", "timezone", "address.city", "address.province", "address.postalCode")
                .containsEntry("address.postalCode", "Entrez un code postal canadien comme H2J 2L3.")
                .containsEntry("address.city", "ne doit pas être vide");

        ApiClient.Response en = api.send("POST", "/api/branches", admin, body, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(errors(en))
                .containsEntry("address.postalCode", "Enter a Canadian postal code such as H2J 2L3.")
                .containsEntry("timezone", "Unknown time zone (for example America/Montreal).")
                .containsEntry("address.city", "must not be blank");
        assertThat(jdbc.sql("select count(*) from branch where code = 'mtl'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aChangeWithoutItsVersionIsRefused() {
        ApiClient.Response missing = api.put("/api/branches/" + DEMO_BRANCH, admin, """
                {"name": "Sans version", "timezone": "America/Montreal", "active": true,
                 "address": {"street": "4500, rue Saint-Denis", "city": "Montréal", "province": "QC", "postalCode": "H2J 2L3"}}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errors(missing)).containsKey("version");
    }

    private static String newBranch(String code, String postalCode) {
        return """
                {"code": "%s", "name": "Succursale Québec",
                 "address": {"street": "1, rue Saint-Jean", "city": "Québec", "province": "QC", "postalCode": "%s"}}""".formatted(code, postalCode);
    }

    private static String changes(String name, long version, boolean active) {
        return """
                {"name": "%s", "timezone": "America/Toronto", "active": %s, "version": %d,
                 "address": {"street": "2, rue Saint-Jean", "city": "Québec", "province": "QC", "postalCode": "G1R 4P5"}}""".formatted(name, active, version);
    }

    private static String code() {
        return "QC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static List<String> codes(ApiClient.Response response) {
        return StreamSupport.stream(response.json().spliterator(), false)
                .map(node -> node.get("code").asString())
                .toList();
    }
}
