package ca.clientele.booking.service;

import static ca.clientele.booking.CatalogueFixture.WEEKDAYS;
import static ca.clientele.booking.CatalogueFixture.errors;
import static ca.clientele.booking.CatalogueFixture.ranges;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.CatalogueFixture;
import ca.clientele.booking.CatalogueIT;
import ca.clientele.platform.testing.ApiClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ServiceIT extends CatalogueIT {

    @Autowired
    ServiceCatalog catalog;

    UUID branch;

    @BeforeEach
    void setUpBranch() {
        branch = catalogue.branch("America/Montreal", ranges(WEEKDAYS, "09:00", "17:00"));
    }

    @Test
    void staffCreateAServiceThatClientsReadInTheirLanguage() {
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        String code = code();
        ApiClient.Response created =
                api.post("/api/services", staff, body(code, "HOME", List.of(tech), "[\"RABIES\"]", null, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode service = created.json();
        String id = service.get("id").asString();
        assertThat(service.get("name").asString()).isEqualTo("Visites à domicile");
        assertThat(service.get("description").asString()).isEqualTo("Chez vous.");
        assertThat(service.get("price").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(created.body()).contains("\"price\":45.00,");
        assertThat(service.get("placeLabel").asString()).isEqualTo("À domicile");
        assertThat(service.get("pricingLabel").asString()).isEqualTo("Par visite");
        assertThat(service.get("bufferAfterMinutes").asInt()).isEqualTo(10);
        assertThat(service.get("requiredVaccines").get(0).asString()).isEqualTo("RABIES");
        assertThat(service.get("staffIds").get(0).asString()).isEqualTo(tech.toString());
        assertThat(service.get("version").asLong()).isZero();

        JsonNode english = api.get("/api/services/" + id, client, "en").json();
        assertThat(english.get("name").asString()).isEqualTo("Home visits");
        assertThat(english.get("nameFr").asString()).isEqualTo("Visites à domicile");
        assertThat(english.get("placeLabel").asString()).isEqualTo("At home");
        assertThat(codes(api.get("/api/services?branchId=" + branch, client))).containsExactly(code);
        assertThat(codes(api.get("/api/services?place=IN_STORE&branchId=" + branch, client)))
                .isEmpty();

        // The in-process snapshot appointments read: duration and amount per visit, whatever the pets.
        OfferedService offered = catalog.find(UUID.fromString(id)).orElseThrow();
        assertThat(offered.duration(3).toMinutes()).isEqualTo(30);
        assertThat(offered.amount(3)).isEqualByComparingTo(new BigDecimal("45.00"));
        assertThat(offered.requiredVaccines()).containsExactly(Vaccine.RABIES);
    }

    @Test
    void aChangeOnTheCurrentVersionWinsAStaleOneIsAConflictAndAnInactiveServiceIsHiddenFromClients() {
        String code = code();
        String id = api.post("/api/services", staff, body(code, "IN_STORE", List.of(), "[]", null, null))
                .json()
                .get("id")
                .asString();

        ApiClient.Response changed =
                api.put("/api/services/" + id, staff, body(code, "IN_STORE", List.of(), "[]", false, 0L));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("active").asBoolean()).isFalse();
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);

        ApiClient.Response stale =
                api.put("/api/services/" + id, staff, body(code, "IN_STORE", List.of(), "[]", true, 0L));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();

        assertThat(api.get("/api/services/" + id, client).status()).isEqualTo(404);
        assertThat(codes(api.get("/api/services?includeInactive=true", client))).doesNotContain(code);
        assertThat(codes(api.get("/api/services?includeInactive=true", staff))).contains(code);
        assertThat(api.get("/api/services/" + id, staff).status()).isEqualTo(200);
    }

    @Test
    void clientsCannotWriteTheCatalogue() {
        ApiClient.Response byClient =
                api.post("/api/services", client, body(code(), "IN_STORE", List.of(), "[]", null, null));
        assertThat(byClient.status()).isEqualTo(403);
        assertThat(byClient.isProblem()).isTrue();
        String id = api.post("/api/services", staff, body(code(), "IN_STORE", List.of(), "[]", null, null))
                .json()
                .get("id")
                .asString();
        assertThat(api.put("/api/services/" + id, client, body(code(), "IN_STORE", List.of(), "[]", true, 0L))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/services", null).status()).isEqualTo(401);
    }

    @Test
    void invalidServicesNameTheirFieldsAndNothingIsStored() {
        String body = """
                {"code": "x", "nameFr": " ", "nameEn": "Nail trim", "durationMinutes": 4, "price": 35.001,
                 "taxable": true, "place": "IN_STORE", "pricing": "PER_PET", "bufferBeforeMinutes": 121,
                 "branchIds": []}""";
        ApiClient.Response invalid = api.post("/api/services", staff, body);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(errors(invalid))
                .containsOnlyKeys("code", "nameFr", "durationMinutes", "price", "bufferBeforeMinutes", "branchIds")
                .containsEntry("code", "De 2 à 30 caractères : lettres majuscules, chiffres et traits d'union.");

        String code = code();
        ApiClient.Response unknown = api.post(
                "/api/services",
                staff,
                body(code, "IN_STORE", List.of(UUID.randomUUID()), "[]", null, null)
                        .replace(
                                "\"branchIds\": [\"" + branch + "\"]",
                                "\"branchIds\": [\"" + branch + "\", \"" + UUID.randomUUID() + "\"]"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errors(unknown)).containsOnlyKeys("branchIds[1]", "staffIds[0]");
        assertThat(jdbc.sql("select count(*) from service where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();

        ApiClient.Response badPlace = api.post("/api/services", staff, body(code, "MOON", List.of(), "[]", null, null));
        assertThat(badPlace.status()).isEqualTo(400);

        String taken = code();
        api.post("/api/services", staff, body(taken, "IN_STORE", List.of(), "[]", null, null));
        ApiClient.Response duplicate =
                api.post("/api/services", staff, body(taken, "IN_STORE", List.of(), "[]", null, null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString())
                .isEqualTo("Un service avec le code « " + taken + " » existe déjà.");
    }

    @Test
    void vaccinesAreListedWithTheirLabels() {
        JsonNode fr = api.get("/api/services/vaccines", client).json();
        assertThat(fr.get(0).get("code").asString()).isEqualTo("RABIES");
        assertThat(fr.get(0).get("label").asString()).isEqualTo("Rage");
        assertThat(api.get("/api/services/vaccines", client, "en")
                        .json()
                        .get(0)
                        .get("label")
                        .asString())
                .isEqualTo("Rabies");
    }

    private String body(String code, String place, List<UUID> staffIds, String vaccines, Boolean active, Long version) {
        return """
                {"code": "%s", "nameFr": "Visites à domicile", "nameEn": "Home visits", "descriptionFr": "Chez vous.",
                 "descriptionEn": "At your place.", "durationMinutes": 30, "price": 45.00, "taxable": true,
                 "place": "%s", "pricing": "PER_VISIT", "bufferAfterMinutes": 10, "branchIds": ["%s"],
                 "staffIds": %s, "requiredVaccines": %s, "active": %s, "version": %s}""".formatted(code, place, branch, CatalogueFixture.ids(staffIds), vaccines, active, version);
    }

    private static String code() {
        return "SVC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static List<String> codes(ApiClient.Response response) {
        return StreamSupport.stream(response.json().spliterator(), false)
                .map(node -> node.get("code").asString())
                .toList();
    }
}
