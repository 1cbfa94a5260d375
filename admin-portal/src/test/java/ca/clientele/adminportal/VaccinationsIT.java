package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MOKA_ID;
import static ca.clientele.adminportal.Pages.MOKA_VACCINATIONS;
import static ca.clientele.adminportal.Pages.PETS;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A pet's vaccinations on the client page: listed with badges and proof, edited, "Marquer vérifié", deleted. */
class VaccinationsIT extends PortalIT {

    static final String CLIENT = "/clients/" + FRANCIS_ID;
    static final String API = "/api/clients/" + FRANCIS_ID + "/pets/" + MOKA_ID + "/vaccinations";
    static final String ACTIONS = CLIENT + "/pets/" + MOKA_ID + "/vaccinations";
    static final String RABIES_ID = "7a000000-0000-4000-8000-0000000000a1";
    static final String KENNEL_ID = "7a000000-0000-4000-8000-0000000000b2";
    static final String KENNEL_VERIFIED = """
            {"id":"7a000000-0000-4000-8000-0000000000b2","vaccine":"BORDETELLA",
             "vaccineLabel":"Bordetella (toux de chenil)","otherName":null,"givenOn":"2024-02-14",
             "validUntil":"2025-02-14","clinic":null,"proofDocumentId":null,"verified":true,
             "verifiedBy":"5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","verifiedAt":"2026-11-25T14:00:00Z",
             "current":false,"version":1}
            """;

    @BeforeEach
    void pets() {
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        reply("GET", API, 200, MOKA_VACCINATIONS);
    }

    @Test
    void eachActivePetListsItsVaccinationsWithBadgesProofAndActions() throws Exception {
        Document block = html(mvc.perform(
                        Pages.get(CLIENT + "/pets").header("HX-Request", "true").with(Pages.staff()))
                .andReturn());

        Element vaccinations = testId(testId(block, "pet"), "vaccinations");
        assertThat(vaccinations.selectFirst("h5").text()).isEqualTo("Vaccins");
        assertThat(vaccinations.select("[data-testid=vaccination]"))
                .extracting(
                        row -> testId(row, "vaccination-name").text(),
                        row -> testId(row, "vaccination-validity").text())
                .containsExactly(
                        tuple("Rage", "Valide jusqu’au 12 mars 2029"),
                        tuple("Bordetella (toux de chenil)", "Expiré (valide jusqu’au 14 février 2025)"));
        Element rabies = vaccinations.selectFirst("[data-vaccination-id=" + RABIES_ID + "]");
        assertThat(testId(rabies, "vaccination-verified").text()).isEqualTo("Vérifié le 2026-03-13");
        assertThat(testId(rabies, "vaccination-proof").attr("href"))
                .isEqualTo("/api/documents/d0000000-0000-4000-8000-0000000000d1/content");
        // Verified already: no "Marquer vérifié" for it.
        assertThat(rabies.select("[data-testid=vaccination-verify]")).isEmpty();
        Element kennel = vaccinations.selectFirst("[data-vaccination-id=" + KENNEL_ID + "]");
        assertThat(testId(kennel, "vaccination-unverified").text()).isEqualTo("Non vérifié");
        assertThat(testId(kennel, "vaccination-no-proof").text()).isEqualTo("Aucune preuve envoyée");
        Element verify = testId(kennel, "vaccination-verify");
        assertThat(verify.text()).isEqualTo("Marquer vérifié");
        assertThat(verify.attr("aria-label"))
                .isEqualTo("Marquer vérifié le vaccin Bordetella (toux de chenil) de Moka");
        assertThat(verify.parent().attr("hx-post")).isEqualTo("/admin" + ACTIONS + "/" + KENNEL_ID + "/verify");
        Element edit = testId(rabies, "form-vaccination");
        assertThat(edit.attr("hx-post")).isEqualTo("/admin" + ACTIONS + "/" + RABIES_ID);
        assertThat(edit.selectFirst("input[name=validUntil]").val()).isEqualTo("2029-03-12");
        assertThat(edit.selectFirst("input[name=version]").val()).isEqualTo("3");
        assertThat(testId(vaccinations, "vaccination-add-open").text()).isEqualTo("Ajouter un vaccin pour Moka");
        // The archived pet gets no vaccinations block, nor any call.
        assertThat(calls(
                        "GET",
                        "/api/clients/" + FRANCIS_ID + "/pets/a2000000-0000-4000-8000-0000000000bb/vaccinations"))
                .isEmpty();
    }

    @Test
    void markingVerifiedSendsTheVersionAndAConflictIsAnAlertOnThePet() throws Exception {
        reply("POST", API + "/" + KENNEL_ID + "/verify", 200, KENNEL_VERIFIED);

        Document answer = submit(ACTIONS + "/" + KENNEL_ID + "/verify", 200, "version=0");

        assertThat(sentJson("POST", API + "/" + KENNEL_ID + "/verify")).isEqualTo(json("{\"version\":0}"));
        assertThat(testId(answer, "pets-notice").text())
                .isEqualTo("Le vaccin Bordetella (toux de chenil) est marqué vérifié.");

        reply("POST", API + "/" + KENNEL_ID + "/verify", 409, CONFLICT);
        Document conflict = submit(ACTIONS + "/" + KENNEL_ID + "/verify", 409, "version=0");
        Element refusal = testId(conflict, "vaccination-refusal");
        assertThat(refusal.attr("role")).isEqualTo("alert");
        assertThat(refusal.text()).isNotBlank();
        assertThat(conflict.select("[data-testid=pets-notice]")).isEmpty();
    }

    @Test
    void editingSendsTheWholeRecordWithItsVersionAndARefusalKeepsTheFormOpenAsTyped() throws Exception {
        reply(
                "PUT",
                API + "/" + RABIES_ID,
                400,
                invalid("validUntil", "La fin de validité ne peut pas précéder la date d’administration."));

        Document refused = submit(
                ACTIONS + "/" + RABIES_ID,
                400,
                "vaccine=RABIES",
                "otherName=",
                "givenOn=2026-03-12",
                "validUntil=2020-01-01",
                "clinic=Clinique du Plateau",
                "proofDocumentId=d0000000-0000-4000-8000-0000000000d1",
                "version=3");

        assertThat(sentJson("PUT", API + "/" + RABIES_ID)).isEqualTo(json("""
                {"vaccine":"RABIES","otherName":null,"givenOn":"2026-03-12","validUntil":"2020-01-01",
                 "clinic":"Clinique du Plateau","proofDocumentId":"d0000000-0000-4000-8000-0000000000d1","version":3}
                """));
        Element rabies = refused.selectFirst("[data-vaccination-id=" + RABIES_ID + "]");
        assertThat(rabies.selectFirst("details").hasAttr("open")).isTrue();
        assertThat(fieldError(rabies, "vaccination-" + RABIES_ID + "-validUntil"))
                .isEqualTo("La fin de validité ne peut pas précéder la date d’administration.");
        assertThat(testId(rabies, "vaccination-" + RABIES_ID + "-validUntil").val())
                .isEqualTo("2020-01-01");

        reply("PUT", API + "/" + RABIES_ID, 200, MOKA_VACCINATIONS.substring(1, MOKA_VACCINATIONS.indexOf("},") + 1));
        Document saved = submit(
                ACTIONS + "/" + RABIES_ID,
                200,
                "vaccine=RABIES",
                "givenOn=2026-03-12",
                "validUntil=2029-03-12",
                "version=3");
        assertThat(testId(saved, "pets-notice").text()).isEqualTo("Le vaccin Rage est enregistré.");
    }

    @Test
    void staffAddAVaccinationWithoutVersionAndDeleteOneWithIt() throws Exception {
        reply("POST", API, 201, MOKA_VACCINATIONS.substring(1, MOKA_VACCINATIONS.indexOf("},") + 1));

        Document added = submit(
                ACTIONS,
                200,
                "vaccine=RABIES",
                "givenOn=2026-03-12",
                "validUntil=2029-03-12",
                "clinic=Clinique du Plateau");

        assertThat(sentJson("POST", API)).isEqualTo(json("""
                {"vaccine":"RABIES","otherName":null,"givenOn":"2026-03-12","validUntil":"2029-03-12",
                 "clinic":"Clinique du Plateau","proofDocumentId":null}
                """));
        assertThat(testId(added, "pets-notice").text()).isEqualTo("Rage a été ajouté aux vaccins de l’animal.");

        reply("DELETE", API + "/" + KENNEL_ID, 204, "");
        Document deleted = submit(ACTIONS + "/" + KENNEL_ID + "/delete", 200, "version=0");
        assertThat(query(sent("DELETE", API + "/" + KENNEL_ID))).isEqualTo("version=0");
        assertThat(testId(deleted, "pets-notice").text()).isEqualTo("Le vaccin a été supprimé.");
    }

    @Test
    void aPetsVaccinationsThatCannotBeReadLeaveTheRestOfTheBlock() throws Exception {
        reply("GET", API, 503, "{}");

        Document block = html(mvc.perform(
                        Pages.get(CLIENT + "/pets").header("HX-Request", "true").with(Pages.staff()))
                .andReturn());

        assertThat(testId(block, "vaccinations-unavailable").text())
                .isEqualTo("Les vaccins de cet animal sont temporairement indisponibles.");
        assertThat(testId(block, "pet-title").text()).isEqualTo("Moka");
    }

    @Test
    void htmxIsNotRequiredAPlainPostAnswersTheWholePage() throws Exception {
        ClientPageIT.stubPage();
        reply("POST", API + "/" + KENNEL_ID + "/verify", 200, KENNEL_VERIFIED);

        Document page = submit(Pages.post(ACTIONS + "/" + KENNEL_ID + "/verify").with(Pages.staff()), 200, "version=0");

        assertThat(page.selectFirst("title")).isNotNull();
        assertThat(testId(page, "pets-notice").text())
                .isEqualTo("Le vaccin Bordetella (toux de chenil) est marqué vérifié.");
    }
}
