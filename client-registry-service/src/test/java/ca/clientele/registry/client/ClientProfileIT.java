package ca.clientele.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ClientProfileIT extends RegistryApiSupport {

    @Test
    void aClientChangesTheirProfileWithNormalisedPhonesAndAnEventOfFieldNamesOnly() {
        UUID id = UUID.randomUUID();
        String email = "mireille." + id + "@exemple.ca";
        String token = register(id, email, "Mireille", "Paquin");

        ApiClient.Response changed = api.put("/api/clients/" + id + "/profile", token, """
                {"firstName":"Mireille-Anne","lastName":"Paquin","displayName":"","mobilePhone":"(514) 555-0199",
                 "homePhone":"1-450-555-0123","preferredLanguage":"en","bio":"J'ai deux chats, Pistache et Moka.",
                 "version":0}
                """);
        assertThat(changed.status()).isEqualTo(200);
        JsonNode body = changed.json();
        assertThat(body.get("firstName").asString()).isEqualTo("Mireille-Anne");
        assertThat(body.get("displayName").asString()).isEqualTo("Mireille-Anne Paquin");
        assertThat(body.get("mobilePhone").asString()).isEqualTo("+15145550199");
        assertThat(body.get("homePhone").asString()).isEqualTo("+14505550123");
        assertThat(body.get("preferredLanguage").asString()).isEqualTo("en");
        assertThat(body.get("bio").asString()).isEqualTo("J'ai deux chats, Pistache et Moka.");
        assertThat(body.get("version").asLong()).isEqualTo(1);
        // The staff-only notes never reach a client, not even as null.
        assertThat(body.has("notes")).isFalse();
        assertThat(changed.body()).doesNotContain("\"notes\"");
        assertThat(api.get("/api/clients/me", token).body()).doesNotContain("\"notes\"");
        assertThat(api.get("/api/clients/" + id, token).body()).doesNotContain("\"notes\"");
        JsonNode staffView =
                api.get("/api/clients/" + id, jwts.staff(UUID.randomUUID())).json();
        assertThat(staffView.has("notes")).isTrue();
        assertThat(staffView.get("mobilePhone").asString()).isEqualTo("+15145550199");

        String raw = events.first(id, "client-updated");
        JsonNode data = ClientEvents.data(raw);
        assertThat(StreamSupport.stream(data.get("changedFields").spliterator(), false)
                        .map(JsonNode::asString)
                        .toList())
                .containsExactlyInAnyOrder(
                        "firstName", "displayName", "mobilePhone", "homePhone", "preferredLanguage", "bio");
        assertThat(data.get("changedBy").asString()).isEqualTo(id.toString());
        assertThat(raw).doesNotContain("Mireille", "Paquin", email, "5550199", "5550123", "Pistache");
        EventSchemas.assertValid("client-updated", raw);
    }

    @Test
    void staffSearchFollowsNameChangesAndFindsPhones() {
        String oldName = "Ancien" + suffix();
        String newName = "Nouveau" + suffix();
        UUID id = UUID.randomUUID();
        register(id, id + "@exemple.ca", "Lou", oldName);
        String staff = jwts.staff(UUID.randomUUID());
        String mobile = "438555" + String.format("%04d", (int) (Math.random() * 10000));

        assertThat(api.put("/api/clients/" + id + "/profile", staff, profile("Lou", newName, mobile, 0))
                        .status())
                .isEqualTo(200);

        assertThat(ids(api.get("/api/clients?q=" + newName.toLowerCase(), staff)))
                .containsExactly(id);
        assertThat(ids(api.get("/api/clients?q=" + oldName, staff))).isEmpty();
        assertThat(ids(api.get("/api/clients?q=%2B1" + mobile, staff))).contains(id);
        assertThat(ids(api.get("/api/clients?q=" + mobile, staff))).contains(id);
    }

    @Test
    void anotherClientsProfileIsNotFound() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String aliceToken = register(alice, alice + "@exemple.ca", "Alice", "Gagnon");
        register(bob, bob + "@exemple.ca", "Bob", "Roy");

        ApiClient.Response other = api.put("/api/clients/" + bob + "/profile", aliceToken, profile("X", "Y", null, 0));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.isProblem()).isTrue();
        assertThat(api.get("/api/clients/" + bob, jwts.staff(UUID.randomUUID()))
                        .json()
                        .get("firstName")
                        .asString())
                .isEqualTo("Bob");
        assertThat(api.put(
                                "/api/clients/" + UUID.randomUUID() + "/profile",
                                jwts.staff(UUID.randomUUID()),
                                profile("X", "Y", null, 0))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsALocalizedProblemAndChangesNothing() {
        UUID id = UUID.randomUUID();
        String token = register(id, id + "@exemple.ca", "Rémi", "Fortin");
        String path = "/api/clients/" + id + "/profile";

        ApiClient.Response fr =
                api.send("PUT", path, token, "{\"firstName\":\"\",\"mobilePhone\":\"12345\",\"version\":0}", null);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(fields(fr)).contains("firstName", "lastName", "mobilePhone");
        assertThat(messageOf(fr, "mobilePhone")).startsWith("Entrez un numéro");
        assertThat(messageOf(fr, "lastName")).isEqualTo("ne doit pas être vide");

        ApiClient.Response en = api.send(
                "PUT",
                path,
                token,
                "{\"firstName\":\"\",\"mobilePhone\":\"(123) 555-0123\",\"version\":0}",
                "en"); // a Quebec-looking number with no such area code
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("detail").asString()).isEqualTo("Some fields are invalid.");
        assertThat(messageOf(en, "mobilePhone")).startsWith("Enter a phone number");
        assertThat(messageOf(en, "lastName")).isEqualTo("must not be blank");

        String tenMegabytes = "a".repeat(10 * 1024 * 1024);
        ApiClient.Response huge = api.put(
                path, token, "{\"firstName\":\"A\",\"lastName\":\"B\",\"bio\":\"" + tenMegabytes + "\",\"version\":0}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(fields(huge)).containsExactly("bio");

        ApiClient.Response unknown =
                api.put(path, token, "{\"firstName\":\"A\",\"lastName\":\"B\",\"notes\":\"moi\",\"version\":0}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        ApiClient.Response wrongType =
                api.put(path, token, "{\"firstName\":\"A\",\"lastName\":\"B\",\"version\":\"trois\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.isProblem()).isTrue();
        ApiClient.Response badLanguage = api.put(
                path, token, "{\"firstName\":\"A\",\"lastName\":\"B\",\"preferredLanguage\":\"de\",\"version\":0}");
        assertThat(fields(badLanguage)).containsExactly("preferredLanguage");

        JsonNode unchanged = api.get("/api/clients/me", token).json();
        assertThat(unchanged.get("firstName").asString()).isEqualTo("Rémi");
        assertThat(unchanged.get("bio").isNull()).isTrue();
        assertThat(unchanged.get("version").asLong()).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        UUID id = UUID.randomUUID();
        String token = register(id, id + "@exemple.ca", "Nadia", "Caron");
        String path = "/api/clients/" + id + "/profile";
        assertThat(api.put(path, token, profile("Nadia", "Caron-Lévesque", null, 0))
                        .status())
                .isEqualTo(200);

        ApiClient.Response stale = api.put(path, jwts.staff(UUID.randomUUID()), profile("Autre", "Nom", null, 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        JsonNode current = api.get("/api/clients/me", token).json();
        assertThat(current.get("lastName").asString()).isEqualTo("Caron-Lévesque");
        assertThat(current.get("version").asLong()).isEqualTo(1);
    }

    private String register(UUID id, String email, String given, String family) {
        String token = jwts.client(id, email, given, family);
        assertThat(api.post("/api/clients/me", token, null).status()).isEqualTo(201);
        return token;
    }

    private static String profile(String first, String last, String mobile, long version) {
        return """
                {"firstName":"%s","lastName":"%s","mobilePhone":%s,"preferredLanguage":"fr","version":%d}
                """.formatted(first, last, mobile == null ? "null" : "\"" + mobile + "\"", version);
    }

    private static List<String> fields(ApiClient.Response response) {
        return List.copyOf(Problems.errors(response).keySet());
    }

    private static String messageOf(ApiClient.Response response, String field) {
        return Problems.errors(response).get(field);
    }

    private static List<UUID> ids(ApiClient.Response response) {
        return StreamSupport.stream(response.json().get("content").spliterator(), false)
                .map(node -> UUID.fromString(node.get("id").asString()))
                .toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    }
}
