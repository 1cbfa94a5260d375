package ca.clientele.registry.pet;

import static ca.clientele.registry.pet.PetApi.pet;
import static ca.clientele.registry.pet.PetApi.pets;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class PetValidationIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    PetApi pets;
    ApiClient api;
    UUID owner;
    String token;

    @BeforeEach
    void setUp() {
        pets = new PetApi(port, jwts);
        api = pets.api;
        owner = UUID.randomUUID();
        token = pets.register(owner, "Sophie", "Dubé");
    }

    @Test
    void invalidValuesAreFieldErrorsInFrenchAndEnglishAndNothingIsStored() {
        String tomorrow =
                LocalDate.now(ZoneId.of("America/Montreal")).plusDays(1).toString();
        String body = """
                {"name":" ","species":"DOG","birthDate":"%s","weightKg":500,"veterinarianPhone":"appelez-moi",
                 "medicalNotes":"%s","version":3}
                """.formatted(tomorrow, "x".repeat(2001));

        ApiClient.Response fr = api.send("POST", pets(owner), token, body, "fr-CA");
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        Map<String, String> errors = errors(fr);
        assertThat(errors)
                .containsOnlyKeys("name", "birthDate", "weightKg", "veterinarianPhone", "medicalNotes", "version");
        assertThat(errors.get("name")).isEqualTo("ne doit pas être vide");
        assertThat(errors.get("birthDate")).isEqualTo("La date de naissance ne peut pas être dans le futur.");
        assertThat(errors.get("weightKg")).startsWith("Entrez un poids de plus de 0 et d’au plus 200 kg");
        assertThat(errors.get("veterinarianPhone")).startsWith("Entrez un numéro de téléphone");
        assertThat(errors.get("version")).isEqualTo("Un nouvel animal n’a pas de version : retirez ce champ.");

        ApiClient.Response en = api.send("POST", pets(owner), token, body, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("detail").asString()).isEqualTo("Some fields are invalid.");
        assertThat(errors(en))
                .containsEntry("name", "must not be blank")
                .containsEntry("birthDate", "The date of birth cannot be in the future.")
                .hasEntrySatisfying("weightKg", message -> assertThat(message).startsWith("Enter a weight"));

        assertThat(api.get(pets(owner) + "?includeArchived=true", token).json().size())
                .isZero();
    }

    @Test
    void aMissingNameOrSpeciesAndWeightsOutOfRangeOrTooPreciseAreRefused() {
        assertThat(errors(api.post(pets(owner), token, "{}"))).containsOnlyKeys("name", "species");
        for (String weight : List.of("0", "-1", "200.1", "4.55")) {
            ApiClient.Response refused =
                    api.post(pets(owner), token, "{\"name\":\"Rex\",\"species\":\"DOG\",\"weightKg\":" + weight + "}");
            assertThat(refused.status()).as(weight).isEqualTo(400);
            assertThat(errors(refused)).as(weight).containsOnlyKeys("weightKg");
        }
        ApiClient.Response heaviest =
                api.post(pets(owner), token, "{\"name\":\"Hercule\",\"species\":\"DOG\",\"weightKg\":200}");
        assertThat(heaviest.status()).isEqualTo(201);
        assertThat(heaviest.json().get("weightKg").decimalValue()).isEqualByComparingTo("200.0");
    }

    @Test
    void anUnknownSpeciesOrSexAWrongTypeOrAnUnknownFieldNamesTheField() {
        ApiClient.Response species =
                api.send("POST", pets(owner), token, "{\"name\":\"Nemo\",\"species\":\"FISH\"}", "fr-CA");
        assertThat(species.status()).isEqualTo(400);
        assertThat(species.isProblem()).isTrue();
        assertThat(species.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(errors(species)).containsOnlyKeys("species");
        assertThat(errors(species).get("species")).startsWith("Choisissez une espèce");
        ApiClient.Response speciesEn =
                api.send("POST", pets(owner), token, "{\"name\":\"Nemo\",\"species\":\"FISH\"}", "en");
        assertThat(errors(speciesEn).get("species")).startsWith("Choose a species");

        assertThat(errors(api.post(pets(owner), token, "{\"name\":\"Rex\",\"species\":\"DOG\",\"sex\":\"X\"}")))
                .containsOnlyKeys("sex");
        assertThat(errors(
                        api.post(pets(owner), token, "{\"name\":\"Rex\",\"species\":\"DOG\",\"weightKg\":\"lourd\"}")))
                .containsOnlyKeys("weightKg");
        assertThat(errors(api.post(pets(owner), token, "{\"name\":\"Rex\",\"species\":\"DOG\",\"neutered\":\"oui\"}")))
                .containsOnlyKeys("neutered");
        assertThat(errors(api.post(
                        pets(owner), token, "{\"name\":\"Rex\",\"species\":\"DOG\",\"birthDate\":\"2020-13-45\"}")))
                .containsOnlyKeys("birthDate");

        ApiClient.Response unknown =
                api.send("POST", pets(owner), token, "{\"name\":\"Rex\",\"species\":\"DOG\",\"archived\":true}", "en");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errors(unknown)).containsExactly(Map.entry("archived", "This field is not accepted here."));
        ApiClient.Response notJson = api.post(pets(owner), token, "{\"name\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();

        assertThat(api.get(pets(owner) + "?includeArchived=true", token).json().size())
                .isZero();
    }

    @Test
    void aChangeWithoutVersionOrWithBadValuesChangesNothing() {
        UUID petId = pets.addDog(owner, token, "Rex");
        ApiClient.Response noVersion = api.put(pet(owner, petId), token, PetApi.dog("Rex II", null));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(errors(noVersion)).containsOnlyKeys("version");
        ApiClient.Response wrongType =
                api.put(pet(owner, petId), token, "{\"name\":\"Rex\",\"species\":\"DOG\",\"version\":\"trois\"}");
        assertThat(errors(wrongType)).containsOnlyKeys("version");
        assertThat(errors(api.post(pet(owner, petId) + "/archive", token, "{}")))
                .containsOnlyKeys("version");
        assertThat(api.get(pets(owner) + "?includeArchived=maybe", token).status())
                .isEqualTo(400);

        JsonNode unchanged = api.get(pet(owner, petId), token).json();
        assertThat(unchanged.get("name").asString()).isEqualTo("Rex");
        assertThat(unchanged.get("archived").asBoolean()).isFalse();
        assertThat(unchanged.get("version").asLong()).isZero();
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        return StreamSupport.stream(errors.spliterator(), false)
                .collect(Collectors.toMap(
                        error -> error.get("field").asString(),
                        error -> error.get("message").asString(),
                        (first, second) -> first));
    }
}
