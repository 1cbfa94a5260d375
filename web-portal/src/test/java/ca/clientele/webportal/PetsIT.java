package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.BISCUIT;
import static ca.clientele.webportal.AccountFixtures.BISCUIT_ID;
import static ca.clientele.webportal.AccountFixtures.PET;
import static ca.clientele.webportal.AccountFixtures.PETS;
import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.clientele.webportal.RegistryStub.Received;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Mes animaux: the client's own pets, added, edited and archived with exactly the contract's JSON. */
class PetsIT extends PortalIntegration {

    private static final String PISTACHE = """
            {"id":"5e7a9c1b-3d2f-4a6b-8c0d-1e2f3a4b5c6d","name":"Pistache","species":"CAT","breed":null,
             "sex":"MALE","birthDate":null,"weightKg":4.5,"neutered":false,"veterinarianName":null,
             "veterinarianPhone":null,"behaviourNotes":null,"medicalNotes":null,"photoReference":null,
             "archived":false,"version":0}
            """;

    @BeforeEach
    void reset() {
        accountPage(backend, RECORD, "[" + BISCUIT + "]");
    }

    @Test
    void theClientsPetsAreListedWithAnEditFormEach() throws Exception {
        Document page = page(get("/compte"), HttpStatus.OK);

        Element pets = testId(page, "pets");
        assertThat(pets.selectFirst("h2").text()).isEqualTo("Mes animaux");
        Element row = testId(pets, "pet-row");
        assertThat(row.attr("data-pet-id")).isEqualTo(BISCUIT_ID);
        assertThat(testId(row, "pet-name").text()).isEqualTo("Biscuit");
        Element form = testId(row, "pet-form");
        assertThat(form.attr("hx-post")).isEqualTo("/compte/animaux/" + BISCUIT_ID);
        assertThat(form.attr("hx-target")).isEqualTo("#pets");
        assertThat(form.select("input:not([type=hidden]), select, textarea").eachAttr("name"))
                .containsExactly(
                        "name",
                        "species",
                        "breed",
                        "sex",
                        "birthDate",
                        "weightKg",
                        "neutered",
                        "veterinarianName",
                        "veterinarianPhone",
                        "behaviourNotes",
                        "medicalNotes");
        // As French writes it (the form also reads "28.5").
        assertThat(form.selectFirst("input[name=weightKg]").val()).isEqualTo("28,5");
        assertThat(form.selectFirst("input[name=neutered]").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("textarea[name=medicalNotes]").text()).isEqualTo("Allergie au poulet");
        assertThat(form.selectFirst("label[for=pet-" + BISCUIT_ID + "-medicalNotes]")
                        .text())
                .isEqualTo("Notes médicales et allergies");
        assertThat(testId(row, "pet-archive").text()).isEqualTo("Archiver");
        assertThat(row.selectFirst("form.pet-archive").attr("hx-confirm")).startsWith("Archiver Biscuit?");
        // The photo reference is the documents service's: not a field the client edits.
        assertThat(page.select("[name=photoReference]")).isEmpty();
        // Only the active pets are asked for.
        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(PETS))
                .extracting(Received::query)
                .containsOnlyNulls();

        Document english = page(get("/compte").param("lang", "en"), HttpStatus.OK);
        assertThat(testId(english, "pets").selectFirst("h2").text()).isEqualTo("My pets");
        assertThat(testId(english, "pet-form").selectFirst("input[name=name]").val())
                .isEqualTo("Biscuit");
    }

    @Test
    void aClientWithoutPetsIsInvitedToAddOne() throws Exception {
        accountPage(backend, RECORD, "[]");

        Document page = page(get("/compte"), HttpStatus.OK);

        assertThat(testId(page, "pets-none").text()).isEqualTo("Vous n'avez encore inscrit aucun animal.");
        assertThat(testId(page, "pet-add-open").text()).isEqualTo("Ajouter un animal");
        assertThat(testId(page, "pet-new-form").attr("hx-post")).isEqualTo("/compte/animaux");
    }

    @Test
    void addingAPetSendsExactlyTheContractsBodyAndListsIt() throws Exception {
        backend.reply("POST", PETS, 201, PISTACHE);
        backend.reply("GET", PETS, 200, "[" + BISCUIT + "," + PISTACHE + "]");

        Document section = page(
                pet(htmxPost("/compte/animaux"), "Pistache", "CAT", "MALE", "4,5")
                        .param("breed", " "),
                HttpStatus.OK);

        assertSent("POST", PETS, """
                {"name":"Pistache","species":"CAT","breed":null,"sex":"MALE","birthDate":null,"weightKg":4.5,
                 "neutered":false,"veterinarianName":null,"veterinarianPhone":null,"behaviourNotes":null,
                 "medicalNotes":null,"photoReference":null}
                """);
        // The answer is the pets section, with the list as the registry now has it.
        assertThat(section.selectFirst("section").attr("id")).isEqualTo("pets");
        assertThat(section.select("[data-testid=pet-name]").eachText()).containsExactly("Biscuit", "Pistache");
        assertThat(testId(section, "pet-notice").text()).isEqualTo("L'animal a été ajouté à votre liste.");
        // A fresh, closed form for the next one.
        assertThat(testId(section, "pet-add").hasAttr("open")).isFalse();
        assertThat(testId(section, "pet-new-form")
                        .selectFirst("input[name=name]")
                        .val())
                .isEmpty();
    }

    @Test
    void aWeightThePortalCannotReadIsRefusedInTheClientsLanguageWithoutCallingTheRegistry() throws Exception {
        Document section =
                page(pet(htmxPost("/compte/animaux"), "Pistache", "CAT", "MALE", "lourd"), HttpStatus.BAD_REQUEST);

        assertThat(backend.received()).noneMatch(call -> call.method().equals("POST"));
        Element error = testId(section, "field-error");
        assertThat(error.text()).isEqualTo("Entrez un nombre, par exemple 4,5.");
        assertThat(error.parent().selectFirst("input").attr("name")).isEqualTo("weightKg");
        assertThat(error.parent().selectFirst("input").val()).isEqualTo("lourd");
        assertThat(testId(section, "pet-new-form")
                        .selectFirst("input[name=name]")
                        .val())
                .isEqualTo("Pistache");
        assertThat(testId(section, "pet-add").hasAttr("open")).isTrue();

        Document english = page(
                pet(htmxPost("/compte/animaux").param("lang", "en"), "Pistache", "CAT", "MALE", "heavy"),
                HttpStatus.BAD_REQUEST);
        assertThat(testId(english, "field-error").text()).isEqualTo("Enter a number, for example 4.5.");
    }

    @Test
    void theRegistrysValidationMessagesStandNextToThePetsFields() throws Exception {
        backend.reply("POST", PETS, 400, """
                {"status":400,"errors":[{"field":"name","message":"Le nom est obligatoire."},
                                        {"field":"weightKg","message":"Le poids doit être entre 0 et 200 kg."}]}
                """);

        Document section = page(pet(htmxPost("/compte/animaux"), "", "DOG", "FEMALE", "250"), HttpStatus.BAD_REQUEST);

        assertThat(section.select("[data-testid=pet-new-form] [data-testid=field-error]"))
                .extracting(error -> error.parent().selectFirst("input").attr("name"), Element::text)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("name", "Le nom est obligatoire."),
                        org.assertj.core.api.Assertions.tuple("weightKg", "Le poids doit être entre 0 et 200 kg."));
        assertThat(testId(section, "pet-new-form")
                        .selectFirst("input[name=weightKg]")
                        .val())
                .isEqualTo("250");
    }

    @Test
    void editingAPetSendsTheFullBodyWithItsVersionAndKeepsItsPhotoReference() throws Exception {
        String saved = BISCUIT.replace("\"version\":2", "\"version\":3").replace("28.5", "27.0");
        backend.reply("PUT", PET, 200, saved);

        Document section = page(
                pet(htmxPost("/compte/animaux/" + BISCUIT_ID), "Biscuit", "DOG", "FEMALE", "27")
                        .param("breed", "Labrador")
                        .param("birthDate", "2020-05-31")
                        .param("neutered", "true")
                        .param("veterinarianName", "Dre Tremblay")
                        .param("veterinarianPhone", "+15145550199")
                        .param("behaviourNotes", "Craintive avec les inconnus")
                        .param("medicalNotes", "Allergie au poulet et au bœuf")
                        .param("version", "2"),
                HttpStatus.OK);

        assertSent("PUT", PET, """
                {"name":"Biscuit","species":"DOG","breed":"Labrador","sex":"FEMALE","birthDate":"2020-05-31",
                 "weightKg":27,"neutered":true,"veterinarianName":"Dre Tremblay","veterinarianPhone":"+15145550199",
                 "behaviourNotes":"Craintive avec les inconnus","medicalNotes":"Allergie au poulet et au bœuf",
                 "photoReference":"doc-4f2a","version":2}
                """);
        Element row = testId(section, "pet-row");
        assertThat(testId(row, "saved-message")).isNotNull();
        assertThat(testId(row, "pet-form").selectFirst("input[name=version]").val())
                .isEqualTo("3");
        assertThat(testId(row, "pet-facts").text()).isEqualTo("Chien · Labrador · Femelle · 27 kg");
    }

    @Test
    void aPetThatIsNotInTheClientsListCannotBeEdited() throws Exception {
        page(
                pet(htmxPost("/compte/animaux/9d9d9d9d-0000-4000-8000-000000000000"), "Autre", "DOG", "MALE", "")
                        .param("version", "0"),
                HttpStatus.NOT_FOUND);

        assertThat(backend.received()).noneMatch(call -> call.method().equals("PUT"));
    }

    @Test
    void archivingSendsTheVersionAndTheListNoLongerShowsThePet() throws Exception {
        backend.reply("POST", PET + "/archive", 200, BISCUIT.replace("\"archived\":false", "\"archived\":true"));
        backend.reply("GET", PETS, 200, "[]");

        Document section =
                page(htmxPost("/compte/animaux/" + BISCUIT_ID + "/archiver").param("version", "2"), HttpStatus.OK);

        assertSent("POST", PET + "/archive", """
                {"version":2}
                """);
        assertThat(testId(section, "pet-notice").text()).isEqualTo("L'animal a été archivé.");
        assertThat(section.select("[data-testid=pet-row]")).isEmpty();
        assertThat(testId(section, "pets-none")).isNotNull();
    }

    private static MockHttpServletRequestBuilder pet(
            MockHttpServletRequestBuilder post, String name, String species, String sex, String weight) {
        return post.param("name", name)
                .param("species", species)
                .param("sex", sex)
                .param("weightKg", weight);
    }
}
