package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The staff client list: each kind of query, the filters, pages, and what a row shows. */
@ServiceIntegrationTest
class ClientSearchIT {

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
    void namePrefixesAreAccentAndCaseInsensitiveAndEveryWordMustMatch() {
        String family = "Béliveau" + letters();
        String plain = "beliveau" + family.substring(8);
        UUID julien = register("Julien", family);
        UUID julie = register("Julie", family);
        register("Julien", "Tremblay" + letters());

        assertThat(ids(search(plain))).containsExactly(julie, julien);
        assertThat(ids(search(plain.toUpperCase()))).containsExactly(julie, julien);
        assertThat(ids(search(family.substring(0, 11)))).contains(julie, julien);
        assertThat(ids(search("julien " + plain))).containsExactly(julien);
        assertThat(ids(search("JULIEN  " + plain.substring(0, 11)))).containsExactly(julien);
        assertThat(ids(search("julie " + plain))).containsExactly(julie, julien); // "julie" starts "julien" too
        assertThat(ids(search("marc " + plain))).isEmpty();
        assertThat(ids(search("' - '"))).isEmpty();
    }

    @Test
    void anExactEmailOrPhoneInAnyCommonFormatFindsTheClient() {
        UUID id = UUID.randomUUID();
        String email = "Gaelle." + letters() + "@Exemple.ca";
        String token = jwts.client(id, email, "Gaëlle", "Roy" + letters());
        assertThat(api.post("/api/clients/me", token, null).status()).isEqualTo(201);
        String digits = String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        String exchange = String.valueOf(200 + ThreadLocalRandom.current().nextInt(800));
        assertThat(api.put("/api/clients/" + id + "/profile", token, """
                        {"firstName":"Gaëlle","lastName":"Roy","mobilePhone":"(514) %s-%s","homePhone":"819 %s %s",
                         "version":0}
                        """.formatted(exchange, digits, exchange, digits))
                        .status())
                .isEqualTo(200);

        assertThat(ids(search(email))).containsExactly(id);
        assertThat(ids(search(email.toLowerCase()))).containsExactly(id);
        assertThat(ids(search("x" + email))).isEmpty();
        for (String phone : List.of(
                "514" + exchange + digits,
                "(514) " + exchange + "-" + digits,
                "514-" + exchange + "-" + digits,
                "514." + exchange + "." + digits,
                "1 514 " + exchange + " " + digits,
                "+1 514 " + exchange + " " + digits,
                "+1514" + exchange + digits)) {
            assertThat(ids(search(phone))).as(phone).containsExactly(id);
        }
        assertThat(ids(search("819-" + exchange + "-" + digits)))
                .as("home phone")
                .containsExactly(id);
        assertThat(ids(search("438-" + exchange + "-" + digits))).doesNotContain(id);
    }

    @Test
    void aPetNamePrefixFindsItsOwnerWhileThePetIsNotArchived() {
        UUID owner = UUID.randomUUID();
        String token = jwts.client(owner, owner + "@exemple.ca", "Annie", "Bérubé" + letters());
        api.post("/api/clients/me", token, null);
        String petName = "Pâquerette" + letters();
        String plain = "paquerette" + petName.substring(10);
        ApiClient.Response added = api.post(
                "/api/clients/" + owner + "/pets", token, "{\"name\":\"" + petName + "\",\"species\":\"CAT\"}");
        String pet = "/api/clients/" + owner + "/pets/" + added.json().get("id").asString();

        assertThat(ids(search(plain))).containsExactly(owner);
        assertThat(ids(search(plain.substring(0, 12).toUpperCase()))).contains(owner);
        assertThat(ids(search("annie " + plain))).containsExactly(owner); // a name word and a pet word
        assertThat(search(plain).json().get("content").get(0).get("firstName").asString())
                .isEqualTo("Annie");

        assertThat(api.post(pet + "/archive", token, "{\"version\":0}").status())
                .isEqualTo(200);
        assertThat(ids(search(plain))).isEmpty();
        assertThat(api.post(pet + "/restore", token, "{\"version\":1}").status())
                .isEqualTo(200);
        assertThat(ids(search(plain))).containsExactly(owner);

        String newName = "Marguerite" + letters();
        assertThat(api.put(pet, token, "{\"name\":\"" + newName + "\",\"species\":\"CAT\",\"version\":2}")
                        .status())
                .isEqualTo(200);
        assertThat(ids(search(plain))).isEmpty();
        assertThat(ids(search(newName))).containsExactly(owner);
    }

    @Test
    void statusAndBranchFilterAloneOrWithAQuery() {
        String family = "Lévesque" + letters();
        UUID branch = UUID.randomUUID();
        UUID otherBranch = UUID.randomUUID();
        UUID activeHere = register("Ana", family);
        UUID suspendedHere = register("Ben", family);
        UUID activeThere = register("Carl", family);
        UUID nowhere = register("Dana", family);
        setBranch(activeHere, branch);
        setBranch(suspendedHere, branch);
        setBranch(activeThere, otherBranch);
        jdbc.sql("update client set status = 'SUSPENDED' where id = ?")
                .param(suspendedHere)
                .update();

        String q = "&q=" + URLEncoder.encode(family, StandardCharsets.UTF_8);
        assertThat(ids(api.get("/api/clients?branch=" + branch, staff))).containsExactly(suspendedHere, activeHere);
        assertThat(ids(api.get("/api/clients?branch=" + branch + "&status=ACTIVE", staff)))
                .containsExactly(activeHere);
        assertThat(ids(api.get("/api/clients?status=SUSPENDED" + q, staff))).containsExactly(suspendedHere);
        assertThat(ids(api.get("/api/clients?status=ACTIVE" + q, staff)))
                .containsExactly(nowhere, activeThere, activeHere);
        assertThat(ids(api.get("/api/clients?status=BANNED&branch=" + branch, staff)))
                .isEmpty();
        JsonNode counted =
                api.get("/api/clients?status=ACTIVE&size=1" + q, staff).json();
        assertThat(ids(counted)).containsExactly(nowhere);
        assertThat(counted.get("page").get("totalElements").asLong()).isEqualTo(3);

        JsonNode row = api.get("/api/clients?branch=" + otherBranch, staff)
                .json()
                .get("content")
                .get(0);
        assertThat(row.get("id").asString()).isEqualTo(activeThere.toString());
        assertThat(row.get("preferredBranchId").asString()).isEqualTo(otherBranch.toString());
        assertThat(row.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(row.get("displayName").asString()).isEqualTo("Carl " + family);
        assertThat(row.get("email").asString()).isEqualTo(activeThere + "@exemple.ca");
        assertThat(row.has("mobilePhone")).isTrue();
        assertThat(row.has("createdAt")).isTrue();
        assertThat(row.has("notes")).isFalse();
    }

    @Test
    void pagesAreNewestFirstWithTheirTotals() {
        String family = "Ouellet" + letters();
        UUID first = register("Un", family);
        UUID second = register("Deux", family);
        UUID third = register("Trois", family);

        JsonNode page0 = search(family + "&size=2").json();
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(page0.get("page").get("number").asInt()).isZero();
        assertThat(page0.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(page0.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(page0.get("page").get("totalPages").asInt()).isEqualTo(2);
        JsonNode page1 = search(family + "&size=2&page=1").json();
        assertThat(ids(page1)).containsExactly(first);
        assertThat(page1.get("page").get("totalElements").asLong()).isEqualTo(3);
        JsonNode twoWords =
                search(family + " " + family.substring(0, 4) + "&size=1").json();
        assertThat(ids(twoWords)).containsExactly(third);
        assertThat(twoWords.get("page").get("totalElements").asLong()).isEqualTo(3);
        JsonNode beyond = search(family + "&size=2&page=5").json();
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.get("page").get("totalElements").asLong()).isEqualTo(3);
    }

    @Test
    void aWordSharedByManyClientsIsPagedAndCountedToo() {
        // More owners than ClientSearch.FEW_OWNERS: the search walks the newest first instead.
        String family = "Nombreux" + letters();
        List<UUID> ids = new java.util.ArrayList<>();
        for (int n = 0; n <= ClientSearch.FEW_OWNERS; n++) {
            ids.add(register("Client" + n, family));
        }
        List<UUID> newestFirst = ids.reversed();
        JsonNode first = search(family + "&size=3").json();
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(ids.size());
        JsonNode third = search(family.substring(0, 9) + "&size=3&page=2").json();
        assertThat(ids(third)).containsExactlyElementsOf(newestFirst.subList(6, 9));

        jdbc.sql("update client set status = 'SUSPENDED' where id in (?, ?, ?, ?)")
                .params(ids.get(0), ids.get(10), ids.get(20), ids.get(30))
                .update();
        JsonNode suspended = search(family + "&status=SUSPENDED&size=3").json();
        assertThat(ids(suspended)).containsExactly(ids.get(30), ids.get(20), ids.get(10));
        assertThat(suspended.get("page").get("totalElements").asLong()).isEqualTo(4);
        // Client1, Client10…Client19 and Client100…Client199.
        assertThat(search("client1 " + family)
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(111);
    }

    @Test
    void badParametersAreLocalizedProblemsAndOnlyStaffSearch() {
        for (String query : List.of("size=101", "size=0", "page=-1", "branch=succursale-1", "status=ASLEEP")) {
            ApiClient.Response refused = api.get("/api/clients?" + query, staff, "en");
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.isProblem()).as(query).isTrue();
        }
        ApiClient.Response tooBig = api.get("/api/clients?size=101", staff, "fr-CA");
        assertThat(tooBig.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(tooBig.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(api.get("/api/clients?size=100", staff).status()).isEqualTo(200);

        UUID client = register("Eve", "Simard" + letters());
        assertThat(api.get("/api/clients?q=eve", jwts.client(client, null, null, null))
                        .status())
                .isEqualTo(403);
    }

    private UUID register(String given, String family) {
        UUID id = UUID.randomUUID();
        assertThat(api.post("/api/clients/me", jwts.client(id, id + "@exemple.ca", given, family), null)
                        .status())
                .isEqualTo(201);
        return id;
    }

    private void setBranch(UUID client, UUID branch) {
        // The preferred branch is set by staff in the record's general section; the column is what the filter reads.
        jdbc.sql("update client set preferred_branch_id = ? where id = ?")
                .params(branch, client)
                .update();
    }

    private ApiClient.Response search(String query) {
        int amp = query.indexOf('&');
        String q = amp < 0 ? query : query.substring(0, amp);
        String rest = amp < 0 ? "" : query.substring(amp);
        ApiClient.Response response =
                api.get("/api/clients?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + rest, staff);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static String letters() {
        // Random letters: each run's names are unique prefixes of themselves.
        return ThreadLocalRandom.current()
                .ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static List<UUID> ids(ApiClient.Response response) {
        return ids(response.json());
    }

    private static List<UUID> ids(JsonNode page) {
        return StreamSupport.stream(page.get("content").spliterator(), false)
                .map(node -> UUID.fromString(node.get("id").asString()))
                .toList();
    }
}
