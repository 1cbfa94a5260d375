package ca.clientele.registry.pet;

import static ca.clientele.registry.pet.PetApi.dog;
import static ca.clientele.registry.pet.PetApi.pet;
import static ca.clientele.registry.pet.PetApi.pets;
import static ca.clientele.registry.pet.PetApi.version;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.ClientTopic;
import ca.clientele.registry.client.EventSchemas;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class PetIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    EmbeddedKafkaBroker broker;

    PetApi pets;
    ApiClient api;
    ClientTopic topic;

    @BeforeEach
    void setUp() {
        pets = new PetApi(port, jwts);
        api = pets.api;
        topic = new ClientTopic(broker);
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    @Test
    void aClientAddsChangesArchivesAndRestoresTheirPetWithAnEventForEachStep() {
        UUID owner = UUID.randomUUID();
        String token = pets.register(owner, "Mireille", "Paquin");

        ApiClient.Response added = api.post(pets(owner), token, dog("Moka", null));
        assertThat(added.status()).isEqualTo(201);
        JsonNode pet = added.json();
        UUID petId = UUID.fromString(pet.get("id").asString());
        assertThat(pet.get("name").asString()).isEqualTo("Moka");
        assertThat(pet.get("species").asString()).isEqualTo("DOG");
        assertThat(pet.get("breed").asString()).isEqualTo("Bouvier bernois");
        assertThat(pet.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(pet.get("birthDate").asString()).isEqualTo("2019-04-12");
        assertThat(pet.get("weightKg").decimalValue()).isEqualByComparingTo("38.5");
        assertThat(pet.get("neutered").asBoolean()).isTrue();
        assertThat(pet.get("veterinarianName").asString()).isEqualTo("Dre Lavoie");
        assertThat(pet.get("veterinarianPhone").asString()).isEqualTo("514 555-0142");
        assertThat(pet.get("behaviourNotes").asString()).isEqualTo("Craint les séchoirs");
        assertThat(pet.get("medicalNotes").asString()).isEqualTo("Allergique au poulet");
        assertThat(pet.get("photoReference").asString()).isEqualTo("doc-123");
        assertThat(pet.get("archived").asBoolean()).isFalse();
        assertThat(pet.get("version").asLong()).isZero();
        assertThat(api.get(pet(owner, petId), token).json()).isEqualTo(pet);
        assertThat(PetApi.names(api.get(pets(owner), token))).containsExactly("Moka");

        ApiClient.Response changed = api.put(pet(owner, petId), token, """
                {"name":"Moka","species":"DOG","breed":"Bouvier bernois","sex":"FEMALE","birthDate":"2019-04-12",
                 "weightKg":"40.0","neutered":true,"veterinarianName":"Dre Lavoie","veterinarianPhone":"514 555-0142",
                 "behaviourNotes":"Craint les séchoirs","medicalNotes":"Allergique au poulet et au bœuf",
                 "photoReference":"doc-123","version":0}
                """);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("weightKg").decimalValue()).isEqualByComparingTo("40");
        assertThat(changed.json().get("medicalNotes").asString()).isEqualTo("Allergique au poulet et au bœuf");
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        ApiClient.Response archived = api.post(pet(owner, petId) + "/archive", token, version(1));
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("archived").asBoolean()).isTrue();
        assertThat(archived.json().get("version").asLong()).isEqualTo(2);
        assertThat(api.get(pets(owner), token).json().size()).isZero();
        assertThat(PetApi.names(api.get(pets(owner) + "?includeArchived=true", token)))
                .containsExactly("Moka");
        assertThat(api.get(pet(owner, petId), token).json().get("archived").asBoolean())
                .isTrue();

        ApiClient.Response restored = api.post(pet(owner, petId) + "/restore", token, version(2));
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("archived").asBoolean()).isFalse();
        assertThat(PetApi.names(api.get(pets(owner), token))).containsExactly("Moka");

        for (String event : new String[] {"pet-added", "pet-updated", "pet-archived", "pet-restored"}) {
            ClientTopic.Received received = topic.awaitEvent(owner, event, data -> true);
            assertThat(received.data().get("clientId").asString()).isEqualTo(owner.toString());
            assertThat(received.data().get("petId").asString()).isEqualTo(petId.toString());
            assertThat(received.data().get("changedBy").asString()).isEqualTo(owner.toString());
            assertThat(received.raw()).doesNotContain("Moka", "Bouvier", "Lavoie", "5550142", "séchoirs", "poulet");
            EventSchemas.assertValid(event, received.raw());
        }
        assertThat(PetApi.strings(topic.awaitEvent(owner, "pet-updated", data -> true)
                        .data()
                        .get("changedFields")))
                .containsExactlyInAnyOrder("weightKg", "medicalNotes");
    }

    @Test
    void aNewPetIsCreatedAtItsLocationWithDefaultsForWhatWasLeftOut() throws Exception {
        UUID owner = UUID.randomUUID();
        String token = pets.register(owner, "Luc", "Dion");
        HttpResponse<String> added = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pets(owner)))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"name\":\"Pistache\",\"species\":\"CAT\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(201);
        String location = added.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/api/clients/" + owner + "/pets/[0-9a-f-]{36}");

        JsonNode pet = api.get(URI.create(location).getPath(), token).json();
        assertThat(pet.get("name").asString()).isEqualTo("Pistache");
        assertThat(pet.get("species").asString()).isEqualTo("CAT");
        assertThat(pet.get("sex").asString()).isEqualTo("UNKNOWN");
        assertThat(pet.get("neutered").asBoolean()).isFalse();
        assertThat(pet.get("breed").isNull()).isTrue();
        assertThat(pet.get("birthDate").isNull()).isTrue();
        assertThat(pet.get("weightKg").isNull()).isTrue();
    }

    @Test
    void staffManageTheirPetsForAnyClient() {
        UUID owner = UUID.randomUUID();
        pets.register(owner, "Hélène", "Roy");
        UUID staffId = UUID.randomUUID();
        String staff = jwts.staff(staffId);

        UUID petId = pets.addDog(owner, staff, "Filou");
        assertThat(api.post(pet(owner, petId) + "/archive", staff, version(0)).status())
                .isEqualTo(200);

        ClientTopic.Received added = topic.awaitEvent(owner, "pet-added", data -> true);
        assertThat(added.data().get("changedBy").asString()).isEqualTo(staffId.toString());
        ClientTopic.Received archived = topic.awaitEvent(owner, "pet-archived", data -> true);
        assertThat(archived.data().get("changedBy").asString()).isEqualTo(staffId.toString());
        EventSchemas.assertValid("pet-archived", archived.raw());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        UUID owner = UUID.randomUUID();
        String token = pets.register(owner, "Nadia", "Caron");
        UUID petId = pets.addDog(owner, token, "Rex");
        assertThat(api.put(pet(owner, petId), token, dog("Rex le grand", 0L)).status())
                .isEqualTo(200);

        String staff = pets.staff();
        ApiClient.Response stale = api.put(pet(owner, petId), staff, dog("Autre nom", 0L));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("detail").asString()).startsWith("Quelqu'un d'autre a modifié");
        assertThat(api.post(pet(owner, petId) + "/archive", staff, version(0)).status())
                .isEqualTo(409);

        JsonNode current = api.get(pet(owner, petId), token).json();
        assertThat(current.get("name").asString()).isEqualTo("Rex le grand");
        assertThat(current.get("archived").asBoolean()).isFalse();
        assertThat(current.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anArchivedPetIsReadOnlyUntilRestoredAndEachStepHappensOnce() {
        UUID owner = UUID.randomUUID();
        String token = pets.register(owner, "Rémi", "Fortin");
        UUID petId = pets.addDog(owner, token, "Caramel");

        ApiClient.Response notArchived = api.post(pet(owner, petId) + "/restore", token, version(0));
        assertThat(notArchived.status()).isEqualTo(422);
        assertThat(notArchived.json().get("detail").asString()).isEqualTo("Cet animal n’est pas archivé.");
        assertThat(api.post(pet(owner, petId) + "/archive", token, version(0)).status())
                .isEqualTo(200);
        ApiClient.Response twice = api.send("POST", pet(owner, petId) + "/archive", token, version(1), "en");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("detail").asString()).isEqualTo("This pet is already archived.");
        ApiClient.Response edit = api.put(pet(owner, petId), token, dog("Caramel II", 1L));
        assertThat(edit.status()).isEqualTo(422);
        assertThat(edit.isProblem()).isTrue();

        JsonNode current = api.get(pet(owner, petId), token).json();
        assertThat(current.get("name").asString()).isEqualTo("Caramel");
        assertThat(current.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aChangeThatChangesNothingKeepsTheVersionAndPublishesNothing() {
        UUID owner = UUID.randomUUID();
        String token = pets.register(owner, "Paul", "Gervais");
        UUID petId = pets.addDog(owner, token, "Bijou");

        ApiClient.Response same = api.put(pet(owner, petId), token, dog("  Bijou ", 0L));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("version").asLong()).isZero();
        topic.awaitEvent(owner, "pet-added", data -> true);
        assertThat(topic.about(owner)).noneMatch(event -> event.type().endsWith("pet-updated"));
    }
}
