package ca.clientele.registry.pet;

import static ca.clientele.registry.pet.PetApi.pet;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import ca.clientele.registry.ClientTopic;
import ca.clientele.registry.RegistryIntegrationTest;
import ca.clientele.registry.client.EventSchemas;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** A pet's vaccination records: the client's and staff's changes, verification, events, and who may do what. */
@RegistryIntegrationTest
class VaccinationIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Montreal"));

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JdbcTemplate jdbc;

    PetApi pets;
    ApiClient api;
    ClientTopic topic;
    UUID owner;
    String token;
    UUID petId;

    @BeforeEach
    void setUp() {
        pets = new PetApi(port, jwts);
        api = pets.api;
        topic = new ClientTopic(broker);
        owner = UUID.randomUUID();
        token = pets.register(owner, "Mireille", "Paquin");
        petId = pets.addDog(owner, token, "Moka");
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    static String vaccinations(UUID clientId, UUID petId) {
        return pet(clientId, petId) + "/vaccinations";
    }

    static String rabies(LocalDate givenOn, LocalDate validUntil, String clinic, Long version) {
        return """
                {"vaccine":"RABIES","givenOn":"%s","validUntil":"%s","clinic":%s,
                 "proofDocumentId":"d0000000-0000-4000-8000-00000000000a"%s}
                """.formatted(
                        givenOn,
                        validUntil,
                        clinic == null ? "null" : "\"" + clinic + "\"",
                        version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void theClientRecordsAVaccineStaffVerifyItAndTheClientsChangeMakesItUnverifiedAgain() {
        ApiClient.Response added = api.send(
                "POST",
                vaccinations(owner, petId),
                token,
                rabies(TODAY.minusYears(1), TODAY.plusYears(2), "Clinique vétérinaire du Plateau", null),
                "fr-CA");
        assertThat(added.status()).isEqualTo(201);
        JsonNode record = added.json();
        UUID id = UUID.fromString(record.get("id").asString());
        assertThat(record.get("vaccine").asString()).isEqualTo("RABIES");
        assertThat(record.get("vaccineLabel").asString()).isEqualTo("Rage");
        assertThat(record.get("givenOn").asString())
                .isEqualTo(TODAY.minusYears(1).toString());
        assertThat(record.get("validUntil").asString())
                .isEqualTo(TODAY.plusYears(2).toString());
        assertThat(record.get("clinic").asString()).isEqualTo("Clinique vétérinaire du Plateau");
        assertThat(record.get("proofDocumentId").asString()).isEqualTo("d0000000-0000-4000-8000-00000000000a");
        assertThat(record.get("verified").asBoolean()).isFalse();
        assertThat(record.get("verifiedBy").isNull()).isTrue();
        assertThat(record.get("current").asBoolean()).isTrue();
        assertThat(record.get("version").asLong()).isZero();
        // The clinic is stored encrypted.
        byte[] clinic = jdbc.queryForObject("select clinic from pet_vaccination where id = ?", byte[].class, id);
        assertThat(new String(clinic, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Plateau");

        UUID staffId = UUID.randomUUID();
        ApiClient.Response verified =
                api.post(vaccinations(owner, petId) + "/" + id + "/verify", jwts.staff(staffId), PetApi.version(0));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("verified").asBoolean()).isTrue();
        assertThat(verified.json().get("verifiedBy").asString()).isEqualTo(staffId.toString());
        assertThat(verified.json().get("verifiedAt").isNull()).isFalse();
        assertThat(verified.json().get("version").asLong()).isEqualTo(1);

        // Staff correcting the clinic keep it verified; the client's change of the dates clears it.
        ApiClient.Response staffEdit = api.put(
                vaccinations(owner, petId) + "/" + id,
                jwts.staff(staffId),
                rabies(TODAY.minusYears(1), TODAY.plusYears(2), "Clinique du Plateau", 1L));
        assertThat(staffEdit.status()).isEqualTo(200);
        assertThat(staffEdit.json().get("verified").asBoolean()).isTrue();
        ApiClient.Response clientEdit = api.put(
                vaccinations(owner, petId) + "/" + id,
                token,
                rabies(TODAY.minusYears(1), TODAY.plusYears(3), "Clinique du Plateau", 2L));
        assertThat(clientEdit.status()).isEqualTo(200);
        assertThat(clientEdit.json().get("verified").asBoolean()).isFalse();
        assertThat(clientEdit.json().get("verifiedBy").isNull()).isTrue();
        assertThat(clientEdit.json().get("validUntil").asString())
                .isEqualTo(TODAY.plusYears(3).toString());
        assertThat(clientEdit.json().get("version").asLong()).isEqualTo(3);

        // An older dose that expired yesterday: listed after the newer one, not current.
        ApiClient.Response old = api.send(
                "POST",
                vaccinations(owner, petId),
                token,
                """
                {"vaccine":"OTHER","otherName":"Leptospirose","givenOn":"%s","validUntil":"%s"}
                """.formatted(TODAY.minusYears(2), TODAY.minusDays(1)),
                "en");
        assertThat(old.status()).isEqualTo(201);
        assertThat(old.json().get("vaccineLabel").asString()).isEqualTo("Leptospirose");
        assertThat(old.json().get("current").asBoolean()).isFalse();
        JsonNode list = api.get(vaccinations(owner, petId), token, "en").json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("vaccineLabel").asString()).isEqualTo("Rabies");
        assertThat(list.get(1).get("otherName").asString()).isEqualTo("Leptospirose");

        // A stale version changes nothing; the right one deletes.
        UUID oldId = UUID.fromString(old.json().get("id").asString());
        assertThat(api.send("DELETE", vaccinations(owner, petId) + "/" + oldId + "?version=5", token, null, null)
                        .status())
                .isEqualTo(409);
        assertThat(api.send("DELETE", vaccinations(owner, petId) + "/" + oldId + "?version=0", token, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.get(vaccinations(owner, petId), token).json().size()).isEqualTo(1);

        // One event per change, each with the pet's records as they were then, checked against the schema.
        List<ClientTopic.Received> events = awaitChanges(6);
        events.forEach(event -> {
            EventSchemas.assertValid(Vaccinations.CHANGED, event.raw());
            assertThat(event.data().get("petId").asString()).isEqualTo(petId.toString());
            assertThat(event.raw()).doesNotContain("Plateau", "Leptospirose", "d0000000-0000-4000-8000-00000000000a");
        });
        assertThat(facts(events.get(0)))
                .containsExactly(List.of("RABIES", TODAY.plusYears(2).toString(), "false"));
        assertThat(events.get(0).data().get("changedBy").asString()).isEqualTo(owner.toString());
        assertThat(facts(events.get(1)))
                .containsExactly(List.of("RABIES", TODAY.plusYears(2).toString(), "true"));
        assertThat(events.get(1).data().get("changedBy").asString()).isEqualTo(staffId.toString());
        assertThat(facts(events.get(3)))
                .containsExactly(List.of("RABIES", TODAY.plusYears(3).toString(), "false"));
        assertThat(facts(events.get(4)))
                .containsExactly(
                        List.of("RABIES", TODAY.plusYears(3).toString(), "false"),
                        List.of("OTHER", TODAY.minusDays(1).toString(), "false"));
        assertThat(facts(events.get(5)))
                .containsExactly(List.of("RABIES", TODAY.plusYears(3).toString(), "false"));
    }

    @Test
    void onlyStaffVerifyAndAnotherClientsPetIsNotFoundAtEveryEndpoint() {
        ApiClient.Response added = api.post(
                vaccinations(owner, petId), token, rabies(TODAY.minusMonths(1), TODAY.plusYears(1), null, null));
        String id = added.json().get("id").asString();
        String one = vaccinations(owner, petId) + "/" + id;

        ApiClient.Response selfVerified = api.post(one + "/verify", token, PetApi.version(0));
        assertThat(selfVerified.status()).isEqualTo(403);
        assertThat(selfVerified.isProblem()).isTrue();

        UUID intruder = UUID.randomUUID();
        String intruderToken = pets.register(intruder, "Ivan", "Intrus");
        UUID intrudersPet = pets.addDog(intruder, intruderToken, "Brutus");
        String body = rabies(TODAY.minusMonths(1), TODAY.plusYears(1), "Ailleurs", null);
        List<ApiClient.Response> attempts = List.of(
                api.get(vaccinations(owner, petId), intruderToken),
                api.post(vaccinations(owner, petId), intruderToken, body),
                api.put(one, intruderToken, rabies(TODAY.minusMonths(1), TODAY.plusYears(1), "Ailleurs", 0L)),
                api.send("DELETE", one + "?version=0", intruderToken, null, null),
                // The intruder's own path naming the owner's pet or record.
                api.get(vaccinations(intruder, petId), intruderToken),
                api.put(
                        vaccinations(intruder, intrudersPet) + "/" + id,
                        intruderToken,
                        rabies(TODAY.minusMonths(1), TODAY.plusYears(1), "Ailleurs", 0L)),
                api.send(
                        "DELETE",
                        vaccinations(intruder, intrudersPet) + "/" + id + "?version=0",
                        intruderToken,
                        null,
                        null),
                // Staff reach a record only through its own pet.
                api.post(vaccinations(intruder, intrudersPet) + "/" + id + "/verify", pets.staff(), PetApi.version(0)));
        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
        });
        JsonNode stored = api.get(vaccinations(owner, petId), token).json().get(0);
        assertThat(stored.get("verified").asBoolean()).isFalse();
        assertThat(stored.get("clinic").isNull()).isTrue();
        assertThat(stored.get("version").asLong()).isZero();
        assertThat(api.get(vaccinations(owner, petId), null).status()).isEqualTo(401);
    }

    @Test
    void invalidRecordsAreFieldErrorsInFrenchAndEnglishAndNothingIsStored() {
        String body = """
                {"vaccine":"OTHER","otherName":"  ","givenOn":"%s","validUntil":"%s","clinic":"%s","version":0}
                """.formatted(TODAY.plusDays(1), TODAY, "x".repeat(201));
        ApiClient.Response fr = api.send("POST", vaccinations(owner, petId), token, body, "fr-CA");
        assertThat(fr.status()).isEqualTo(400);
        assertThat(errors(fr))
                .containsOnlyKeys("otherName", "givenOn", "validUntil", "clinic", "version")
                .containsEntry("otherName", "Nommez le vaccin.")
                .containsEntry("givenOn", "La date d’administration ne peut pas être dans le futur.")
                .containsEntry("validUntil", "La fin de validité ne peut pas précéder la date d’administration.")
                .containsEntry("version", "Un nouveau vaccin n’a pas de version : retirez ce champ.");
        ApiClient.Response en = api.send("POST", vaccinations(owner, petId), token, body, "en");
        assertThat(errors(en)).containsEntry("otherName", "Name the vaccine.");

        ApiClient.Response unknown = api.send(
                "POST",
                vaccinations(owner, petId),
                token,
                "{\"vaccine\":\"GRIPPE\",\"givenOn\":\"2026-01-01\",\"validUntil\":\"2027-01-01\"}",
                "en");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errors(unknown))
                .containsEntry("vaccine", "Choose a vaccine: RABIES, DHPP, FVRCP, BORDETELLA or OTHER.");
        ApiClient.Response missing = api.post(vaccinations(owner, petId), token, "{\"vaccine\":\"DHPP\"}");
        assertThat(errors(missing)).containsOnlyKeys("givenOn", "validUntil");
        assertThat(api.send("DELETE", vaccinations(owner, petId) + "/" + UUID.randomUUID(), token, null, null)
                        .status())
                .isEqualTo(400);

        assertThat(api.get(vaccinations(owner, petId), token).json().size()).isZero();
        assertThat(topic.about(owner).stream().map(ClientTopic.Received::type))
                .doesNotContain("ca.clientele.client." + Vaccinations.CHANGED);
    }

    @Test
    void anArchivedPetsRecordsAreReadOnly() {
        ApiClient.Response added = api.post(
                vaccinations(owner, petId), token, rabies(TODAY.minusMonths(1), TODAY.plusYears(1), null, null));
        assertThat(api.post(pet(owner, petId) + "/archive", token, PetApi.version(0))
                        .status())
                .isEqualTo(200);

        ApiClient.Response refused = api.send(
                "POST",
                vaccinations(owner, petId),
                token,
                rabies(TODAY.minusMonths(1), TODAY.plusYears(1), null, null),
                "fr-CA");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Cet animal est archivé : restaurez-le avant de le modifier.");
        String one = vaccinations(owner, petId) + "/" + added.json().get("id").asString();
        assertThat(api.send("DELETE", one + "?version=0", token, null, null).status())
                .isEqualTo(422);
        assertThat(api.get(vaccinations(owner, petId), token).json().size()).isEqualTo(1);
    }

    private List<ClientTopic.Received> awaitChanges(int count) {
        String type = "ca.clientele.client." + Vaccinations.CHANGED;
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> topic.about(owner).stream()
                                .filter(event -> event.type().equals(type))
                                .count()
                        >= count);
        return topic.about(owner).stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    private static List<List<String>> facts(ClientTopic.Received event) {
        return StreamSupport.stream(event.data().get("vaccinations").spliterator(), false)
                .map(fact -> List.of(
                        fact.get("vaccine").asString(),
                        fact.get("validUntil").asString(),
                        String.valueOf(fact.get("verified").asBoolean())))
                .toList();
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        assertThat(response.isProblem()).isTrue();
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .collect(Collectors.toMap(
                        error -> error.get("field").asString(),
                        error -> error.get("message").asString(),
                        (a, b) -> a));
    }
}
