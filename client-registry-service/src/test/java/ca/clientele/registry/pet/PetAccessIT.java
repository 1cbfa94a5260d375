package ca.clientele.registry.pet;

import static ca.clientele.registry.pet.PetApi.dog;
import static ca.clientele.registry.pet.PetApi.pet;
import static ca.clientele.registry.pet.PetApi.pets;
import static ca.clientele.registry.pet.PetApi.version;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class PetAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    PetApi pets;
    ApiClient api;

    @BeforeEach
    void setUp() {
        pets = new PetApi(port, jwts);
        api = pets.api;
    }

    @Test
    void anotherClientsPetsAreNotFoundAtEveryEndpointAndStayUnchanged() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String aliceToken = pets.register(alice, "Alice", "Gagnon");
        String bobToken = pets.register(bob, "Bob", "Roy");
        UUID bobsPet = pets.addDog(bob, bobToken, "Brutus");
        pets.addDog(alice, aliceToken, "Minou");

        List<ApiClient.Response> attempts = new ArrayList<>();
        // Bob's own path, with Alice's token.
        attempts.add(api.get(pets(bob), aliceToken));
        attempts.add(api.get(pets(bob) + "?includeArchived=true", aliceToken));
        attempts.add(api.get(pet(bob, bobsPet), aliceToken));
        attempts.add(api.post(pets(bob), aliceToken, dog("Intrus", null)));
        attempts.add(api.put(pet(bob, bobsPet), aliceToken, dog("Intrus", 0L)));
        attempts.add(api.post(pet(bob, bobsPet) + "/archive", aliceToken, version(0)));
        attempts.add(api.post(pet(bob, bobsPet) + "/restore", aliceToken, version(0)));
        // Alice's own path, naming Bob's pet.
        attempts.add(api.get(pet(alice, bobsPet), aliceToken));
        attempts.add(api.put(pet(alice, bobsPet), aliceToken, dog("Intrus", 0L)));
        attempts.add(api.post(pet(alice, bobsPet) + "/archive", aliceToken, version(0)));
        attempts.add(api.post(pet(alice, bobsPet) + "/restore", aliceToken, version(0)));
        // Even staff reach Bob's pet only through Bob.
        attempts.add(api.get(pet(alice, bobsPet), pets.staff()));
        attempts.add(api.put(pet(alice, bobsPet), pets.staff(), dog("Intrus", 0L)));

        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).doesNotContain("Brutus", "Bouvier");
        });
        JsonNode bobsView = api.get(pet(bob, bobsPet), pets.staff()).json();
        assertThat(bobsView.get("name").asString()).isEqualTo("Brutus");
        assertThat(bobsView.get("archived").asBoolean()).isFalse();
        assertThat(bobsView.get("version").asLong()).isZero();
        assertThat(PetApi.names(api.get(pets(bob), bobToken))).containsExactly("Brutus");
        assertThat(PetApi.names(api.get(pets(alice), aliceToken))).containsExactly("Minou");
    }

    @Test
    void petsOfAClientWithoutARecordAreNotFound() {
        UUID nobody = UUID.randomUUID();
        String ownToken = jwts.client(nobody, nobody + "@exemple.ca", "Sans", "Fiche");
        for (String token : List.of(ownToken, pets.staff())) {
            assertThat(api.get(pets(nobody), token).status()).isEqualTo(404);
            assertThat(api.post(pets(nobody), token, dog("Fantôme", null)).status())
                    .isEqualTo(404);
            assertThat(api.get(pet(nobody, UUID.randomUUID()), token).status()).isEqualTo(404);
        }
        UUID owner = UUID.randomUUID();
        String token = pets.register(owner, "Zoé", "Landry");
        assertThat(api.put(pet(owner, UUID.randomUUID()), token, dog("Personne", 0L))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void petsNeedAValidToken() {
        UUID owner = UUID.randomUUID();
        pets.register(owner, "Jean", "Côté");
        assertThat(api.get(pets(owner), null).status()).isEqualTo(401);
        assertThat(api.post(pets(owner), TestJwts.forged(owner), dog("Rex", null))
                        .status())
                .isEqualTo(401);
    }
}
