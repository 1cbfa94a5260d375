package ca.clientele.registry.pet;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** The pet endpoints as a test calls them, with clients registered through the real first visit. */
final class PetApi {

    final ApiClient api;
    final TestJwts jwts;

    PetApi(int port, TestJwts jwts) {
        this.api = new ApiClient(port);
        this.jwts = jwts;
    }

    /** A new client record (first portal visit); answers the client's token. */
    String register(UUID id, String given, String family) {
        String token = jwts.client(id, id + "@exemple.ca", given, family);
        assertThat(api.post("/api/clients/me", token, null).status()).isEqualTo(201);
        return token;
    }

    String staff() {
        return jwts.staff(UUID.randomUUID());
    }

    static String pets(UUID clientId) {
        return "/api/clients/" + clientId + "/pets";
    }

    static String pet(UUID clientId, UUID petId) {
        return pets(clientId) + "/" + petId;
    }

    /** Adds a dog with every field set; answers its id. */
    UUID addDog(UUID clientId, String token, String name) {
        ApiClient.Response added = api.post(pets(clientId), token, dog(name, null));
        assertThat(added.status()).isEqualTo(201);
        return UUID.fromString(added.json().get("id").asString());
    }

    static String dog(String name, Long version) {
        return """
                {"name":"%s","species":"DOG","breed":"Bouvier bernois","sex":"FEMALE","birthDate":"2019-04-12",
                 "weightKg":38.5,"neutered":true,"veterinarianName":"Dre Lavoie","veterinarianPhone":"514 555-0142",
                 "behaviourNotes":"Craint les séchoirs","medicalNotes":"Allergique au poulet",
                 "photoReference":"doc-123"%s}
                """.formatted(name, version == null ? "" : ",\"version\":" + version);
    }

    static String version(long version) {
        return "{\"version\":" + version + "}";
    }

    static List<String> names(ApiClient.Response list) {
        return StreamSupport.stream(list.json().spliterator(), false)
                .map(pet -> pet.get("name").asString())
                .toList();
    }

    static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
