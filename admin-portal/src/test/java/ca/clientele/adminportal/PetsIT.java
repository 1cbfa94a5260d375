package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MOKA_ID;
import static ca.clientele.adminportal.Pages.PETS;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.htmxPost;
import static ca.clientele.adminportal.Pages.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's pets: add, edit, archive, each answered with the pets block read back from the registry. */
class PetsIT extends PortalIT {

    static final String CLIENT = "/clients/" + FRANCIS_ID;
    static final String API = "/api/clients/" + FRANCIS_ID + "/pets";
    static final String CARAMEL = """
            {"id":"a3000000-0000-4000-8000-0000000000cc","name":"Caramel","species":"RABBIT","breed":"Bélier",
             "sex":"MALE","birthDate":"2024-05-01","weightKg":2.1,"neutered":false,"veterinarianName":null,
             "veterinarianPhone":null,"behaviourNotes":"Mord si on le soulève.","medicalNotes":null,
             "photoReference":null,"archived":false,"version":0}
            """;

    @BeforeEach
    void pets() {
        reply("GET", API, 200, PETS);
        reply("GET", API + "/" + MOKA_ID + "/vaccinations", 200, "[]");
    }

    @Test
    void addingAPetSendsTheContractsJsonAndShowsItInTheList() throws Exception {
        reply("POST", API, 201, CARAMEL);

        Document answer = submit(
                CLIENT + "/pets",
                200,
                "name= Caramel ",
                "species=RABBIT",
                "breed=Bélier",
                "sex=MALE",
                "birthDate=2024-05-01",
                "weightKg=2,1",
                "neutered=false",
                "veterinarianName=",
                "veterinarianPhone=",
                "behaviourNotes=Mord si on le soulève.",
                "medicalNotes=",
                "photoReference=");

        assertThat(sentJson("POST", API)).isEqualTo(json("""
                {"name":"Caramel","species":"RABBIT","breed":"Bélier","sex":"MALE","birthDate":"2024-05-01",
                 "weightKg":2.1,"neutered":false,"veterinarianName":null,"veterinarianPhone":null,
                 "behaviourNotes":"Mord si on le soulève.","medicalNotes":null,"photoReference":null}
                """));
        assertThat(testId(answer, "pets").id()).isEqualTo("pets");
        assertThat(testId(answer, "pets-notice").text()).isEqualTo("Caramel a été ajouté aux animaux du client.");
        // The list is read back from the registry after the change.
        assertThat(calls("GET", API)).hasSize(1);
        assertThat(testId(answer, "pet-add").hasAttr("open")).isFalse();
    }

    @Test
    void aRefusedNewPetKeepsItsFormOpenWithTheMessagesInFrenchAndEnglish() throws Exception {
        reply("POST", API, 400, invalid("weightKg", "Le poids doit être entre 0 et 200 kg."));

        Document answer = submit(CLIENT + "/pets", 400, "name=Caramel", "species=RABBIT", "sex=MALE", "weightKg=250");

        Element add = testId(answer, "pet-add");
        assertThat(add.hasAttr("open")).isTrue();
        assertThat(fieldError(answer, "pet-new-weightKg")).isEqualTo("Le poids doit être entre 0 et 200 kg.");
        assertThat(testId(add, "pet-new-weightKg").val()).isEqualTo("250");
        assertThat(testId(add, "pet-new-species")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("RABBIT");
        // Moka is still listed, read back from the registry.
        assertThat(testId(answer, "pet-title").text()).isEqualTo("Moka");

        services.resetRequests();
        Document english = submit(CLIENT + "/pets", 400, "lang=en", "name=", "species=CAT");
        assertRefusedBeforeSending(english, "pet-new-name", "This field is required.", "POST", API);
        assertThat(testId(testId(english, "pet-add"), "pet-new-species")
                        .select("option")
                        .eachText())
                .containsExactly("Dog", "Cat", "Rabbit", "Bird", "Other");
    }

    @Test
    void aWeightThatIsNoNumberIsRefusedBeforeTheRegistryIsCalled() throws Exception {
        Document answer = html(mvc.perform(htmxPost(CLIENT + "/pets")
                        .param("name", "Caramel")
                        .param("species", "CAT")
                        .param("weightKg", "lourd"))
                .andExpect(status().isBadRequest())
                .andReturn());

        assertRefusedBeforeSending(answer, "pet-new-weightKg", "Entrez un nombre, par exemple 4,5.", "POST", API);
        assertThat(testId(answer, "pet-new-weightKg").val()).isEqualTo("lourd");
        assertThat(testId(answer, "pet-new-name").val()).isEqualTo("Caramel");
    }

    @Test
    void editingAPetSendsTheFullBodyWithItsVersionAndKeepsItsPhoto() throws Exception {
        reply(
                "PUT",
                API + "/" + MOKA_ID,
                200,
                PETS.substring(1, PETS.indexOf("},") + 1).replace("\"version\":2", "\"version\":3"));

        Document answer = submit(
                CLIENT + "/pets/" + MOKA_ID,
                200,
                "name=Moka",
                "species=CAT",
                "breed=Siamois",
                "sex=FEMALE",
                "birthDate=2021-04-02",
                "weightKg=4.4",
                "neutered=",
                "veterinarianName=Dre Tremblay",
                "veterinarianPhone=514 555-0199",
                "behaviourNotes=Craint le séchoir.",
                "medicalNotes=Allergie au poulet.",
                "photoReference=doc-123",
                "version=2");

        assertThat(sentJson("PUT", API + "/" + MOKA_ID)).isEqualTo(json("""
                {"name":"Moka","species":"CAT","breed":"Siamois","sex":"FEMALE","birthDate":"2021-04-02",
                 "weightKg":4.4,"neutered":null,"veterinarianName":"Dre Tremblay","veterinarianPhone":"514 555-0199",
                 "behaviourNotes":"Craint le séchoir.","medicalNotes":"Allergie au poulet.","photoReference":"doc-123",
                 "version":2}
                """));
        assertThat(testId(answer, "pets-notice").text()).isEqualTo("La fiche de Moka est enregistrée.");
    }

    @Test
    void aConflictOnAPetOpensItsFormWithWhatWasTyped() throws Exception {
        reply("PUT", API + "/" + MOKA_ID, 409, CONFLICT);

        Document answer = submit(
                CLIENT + "/pets/" + MOKA_ID, 409, "name=Moka la grande", "species=CAT", "sex=FEMALE", "version=2");

        Element moka = testId(answer, "pet");
        assertThat(testId(moka, "form-pet")).isNotNull();
        assertThat(testId(moka, "conflict-message").text()).startsWith("Ce client a été modifié par quelqu'un d'autre");
        assertThat(testId(moka, "pet-" + MOKA_ID + "-name").val()).isEqualTo("Moka la grande");
        assertThat(answer.select("[data-testid=pets-notice]")).isEmpty();
    }

    @Test
    void archivingSendsTheVersionAndSaysSo() throws Exception {
        reply(
                "POST",
                API + "/" + MOKA_ID + "/archive",
                200,
                PETS.substring(1, PETS.indexOf("},") + 1).replace("\"archived\":false", "\"archived\":true"));

        Document answer = html(
                mvc.perform(htmxPost(CLIENT + "/pets/" + MOKA_ID + "/archive").param("version", "2"))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(sentJson("POST", API + "/" + MOKA_ID + "/archive")).isEqualTo(json("{\"version\":2}"));
        assertThat(testId(answer, "pets-notice").text()).isEqualTo("Moka est archivé.");
    }

    @Test
    void aRefusedArchiveIsSaidOnThePetsCard() throws Exception {
        reply("POST", API + "/" + MOKA_ID + "/archive", 409, CONFLICT);

        Document answer = html(
                mvc.perform(htmxPost(CLIENT + "/pets/" + MOKA_ID + "/archive").param("version", "1"))
                        .andExpect(status().isConflict())
                        .andReturn());

        Element moka = testId(answer, "pet");
        assertThat(testId(moka, "conflict-message")).isNotNull();
        assertThat(moka.select("[data-testid=form-pet]")).isEmpty();
    }

    @Test
    void aClientTokenCannotTouchPets() throws Exception {
        mvc.perform(Pages.post(CLIENT + "/pets").with(Pages.client()).param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(Pages.post(CLIENT + "/pets/" + MOKA_ID + "/archive")
                        .with(Pages.client())
                        .param("version", "2"))
                .andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }
}
