package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.BISCUIT;
import static ca.clientele.webportal.AccountFixtures.BISCUIT_ID;
import static ca.clientele.webportal.AccountFixtures.PET;
import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Mes animaux: each pet's vaccinations, with their badges, added, edited and deleted with the contract's JSON. */
class VaccinationsIT extends PortalIntegration {

    static final String VACCINATIONS = PET + "/vaccinations";
    static final String RABIES_ID = "7a000000-0000-4000-8000-0000000000a1";
    static final String PROOF_ID = "d0000000-0000-4000-8000-0000000000d1";
    static final String RABIES = """
            {"id":"7a000000-0000-4000-8000-0000000000a1","vaccine":"RABIES","vaccineLabel":"Rage","otherName":null,
             "givenOn":"2026-03-12","validUntil":"2029-03-12","clinic":"Clinique du Plateau",
             "proofDocumentId":"d0000000-0000-4000-8000-0000000000d1","verified":true,
             "verifiedBy":"a0000000-0000-4000-8000-000000000002","verifiedAt":"2026-03-13T15:00:00Z",
             "current":true,"version":3}
            """;
    static final String KENNEL_COUGH = """
            {"id":"7a000000-0000-4000-8000-0000000000b2","vaccine":"BORDETELLA","vaccineLabel":"Bordetella (toux de chenil)",
             "otherName":null,"givenOn":"2024-02-14","validUntil":"2025-02-14","clinic":null,"proofDocumentId":null,
             "verified":false,"verifiedBy":null,"verifiedAt":null,"current":false,"version":0}
            """;

    @BeforeEach
    void reset() {
        accountPage(backend, RECORD, "[" + BISCUIT + "]");
        backend.reply("GET", VACCINATIONS, 200, "[" + RABIES + "," + KENNEL_COUGH + "]");
    }

    @Test
    void eachPetShowsItsVaccinationsWithTheirBadgesAndAFormEach() throws Exception {
        Document page = page(get("/compte"), HttpStatus.OK);

        Element block = testId(testId(page, "pet-row"), "vaccinations");
        assertThat(block.selectFirst("h3").text()).isEqualTo("Vaccins de Biscuit");
        assertThat(block.attr("aria-labelledby"))
                .isEqualTo(block.selectFirst("h3").id());
        assertThat(block.select("[data-testid=vaccination]"))
                .extracting(
                        row -> testId(row, "vaccination-name").text(),
                        row -> testId(row, "vaccination-given").text(),
                        row -> testId(row, "vaccination-validity").text())
                .containsExactly(
                        tuple("Rage", "reçu le 12 mars 2026", "Valide jusqu’au 12 mars 2029"),
                        tuple(
                                "Bordetella (toux de chenil)",
                                "reçu le 14 février 2024",
                                "Expiré (valide jusqu’au 14 février 2025)"));
        Element rabies = block.selectFirst("[data-vaccination-id=" + RABIES_ID + "]");
        assertThat(testId(rabies, "vaccination-verified").text()).isEqualTo("Vérifié");
        assertThat(testId(rabies, "vaccination-proof").attr("href"))
                .isEqualTo("/api/documents/" + PROOF_ID + "/content");
        assertThat(testId(rabies, "vaccination-clinic").text()).isEqualTo("Clinique du Plateau");
        Element kennel = block.select("[data-testid=vaccination]").get(1);
        assertThat(testId(kennel, "vaccination-unverified").text()).isEqualTo("À vérifier par notre équipe");
        assertThat(kennel.select("[data-testid=vaccination-proof]")).isEmpty();

        Element form = testId(rabies, "vaccination-form");
        assertThat(form.attr("hx-post")).isEqualTo("/compte/animaux/" + BISCUIT_ID + "/vaccins/" + RABIES_ID);
        assertThat(form.attr("hx-target")).isEqualTo("#pets");
        assertThat(form.select("input:not([type=hidden]):not([type=file]), select")
                        .eachAttr("name"))
                .containsExactly("vaccine", "otherName", "givenOn", "validUntil", "clinic");
        assertThat(form.selectFirst("select[name=vaccine] option[selected]").val())
                .isEqualTo("RABIES");
        assertThat(form.selectFirst("input[name=givenOn]").val()).isEqualTo("2026-03-12");
        assertThat(form.selectFirst("input[name=proofDocumentId]").val()).isEqualTo(PROOF_ID);
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("3");
        assertThat(form.selectFirst("label[for=vaccination-" + RABIES_ID + "-givenOn]")
                        .text())
                .isEqualTo("Date d’administration *");
        // The proof goes to the document-service for this pet; the file input itself is never posted.
        Element proof = form.selectFirst("[data-proof-upload]");
        assertThat(proof.attr("data-pet-id")).isEqualTo(BISCUIT_ID);
        assertThat(proof.selectFirst("input[type=file]").hasAttr("name")).isFalse();
        assertThat(proof.selectFirst("[data-upload-status]").attr("aria-live")).isEqualTo("polite");
        assertThat(testId(rabies, "vaccination-delete").parent().attr("hx-confirm"))
                .isEqualTo("Supprimer le vaccin Rage de Biscuit ?");
        assertThat(testId(block, "vaccination-add-open").text()).isEqualTo("Ajouter un vaccin pour Biscuit");

        Document english = page(get("/compte").param("lang", "en"), HttpStatus.OK);
        Element englishBlock = testId(english, "vaccinations");
        assertThat(englishBlock.selectFirst("h3").text()).isEqualTo("Vaccinations of Biscuit");
        assertThat(englishBlock.select("[data-testid=vaccination-validity]").eachText())
                .containsExactly("Valid until March 12, 2029", "Expired (valid until February 14, 2025)");
        assertThat(testId(englishBlock, "vaccination-verified").text()).isEqualTo("Verified");
    }

    @Test
    void aPetWithoutVaccinationsSaysSoAndARegistryThatFailsThemLeavesTheRestOfThePage() throws Exception {
        backend.reply("GET", VACCINATIONS, 200, "[]");
        assertThat(testId(page(get("/compte"), HttpStatus.OK), "vaccinations-none")
                        .text())
                .isEqualTo("Aucun vaccin inscrit pour l’instant.");

        backend.reply("GET", VACCINATIONS, 503, "{\"status\":503}");
        Document page = page(get("/compte"), HttpStatus.OK);
        assertThat(testId(page, "vaccinations-unavailable").attr("role")).isEqualTo("alert");
        assertThat(testId(page, "pet-name").text()).isEqualTo("Biscuit");
    }

    @Test
    void addingAVaccinationSendsExactlyTheContractsBodyAndShowsTheListAsTheRegistryNowHasIt() throws Exception {
        backend.reply("POST", VACCINATIONS, 201, RABIES);

        Document section = page(
                vaccination(
                                htmxPost("/compte/animaux/" + BISCUIT_ID + "/vaccins"),
                                "RABIES",
                                "2026-03-12",
                                "2029-03-12")
                        .param("otherName", "ignoré par le registre")
                        .param("clinic", " Clinique du Plateau ")
                        .param("proofDocumentId", PROOF_ID),
                HttpStatus.OK);

        assertSent("POST", VACCINATIONS, """
                {"vaccine":"RABIES","otherName":"ignoré par le registre","givenOn":"2026-03-12",
                 "validUntil":"2029-03-12","clinic":"Clinique du Plateau","proofDocumentId":"%s"}
                """.formatted(PROOF_ID));
        assertThat(section.selectFirst("section").id()).isEqualTo("pets");
        Element notice = testId(section, "vaccination-notice");
        assertThat(notice.text()).isEqualTo("Le vaccin a été ajouté. Notre équipe le vérifiera.");
        assertThat(notice.attr("role")).isEqualTo("status");
        assertThat(testId(section, "vaccination-add").hasAttr("open")).isFalse();
        assertThat(section.select("[data-testid=vaccination]")).hasSize(2);
    }

    @Test
    void theRegistrysMessagesStandNextToTheirFieldsAndWhatWasTypedStays() throws Exception {
        backend.reply("POST", VACCINATIONS, 400, """
                {"status":400,"errors":[{"field":"otherName","message":"Nommez le vaccin."},
                  {"field":"validUntil","message":"La fin de validité ne peut pas précéder la date d’administration."}]}
                """);

        Document section = page(
                vaccination(
                        htmxPost("/compte/animaux/" + BISCUIT_ID + "/vaccins"), "OTHER", "2026-03-12", "2025-01-01"),
                HttpStatus.BAD_REQUEST);

        Element add = testId(section, "vaccination-add");
        assertThat(add.hasAttr("open")).isTrue();
        assertThat(add.select("[data-testid=field-error]"))
                .extracting(error -> error.parent().selectFirst("input").attr("name"), Element::text)
                .containsExactly(
                        tuple("otherName", "Nommez le vaccin."),
                        tuple("validUntil", "La fin de validité ne peut pas précéder la date d’administration."));
        assertThat(add.selectFirst("input[name=validUntil]").val()).isEqualTo("2025-01-01");
        assertThat(add.selectFirst("input[name=validUntil]").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(add.selectFirst("select[name=vaccine] option[selected]").val())
                .isEqualTo("OTHER");
    }

    @Test
    void aDateThePortalCannotReadIsRefusedWithoutCallingTheRegistry() throws Exception {
        Document section = page(
                vaccination(htmxPost("/compte/animaux/" + BISCUIT_ID + "/vaccins"), "RABIES", "hier", "2029-03-12"),
                HttpStatus.BAD_REQUEST);

        assertThat(backend.received()).noneMatch(call -> call.method().equals("POST"));
        Element add = testId(section, "vaccination-add");
        assertThat(add.selectFirst("input[name=givenOn]").val()).isEqualTo("hier");
        assertThat(testId(add, "field-error").parent().selectFirst("input").attr("name"))
                .isEqualTo("givenOn");
    }

    @Test
    void editingSendsTheWholeRecordWithItsVersionAndAConflictIsSaidOnItsForm() throws Exception {
        backend.reply("PUT", VACCINATIONS + "/" + RABIES_ID, 200, RABIES.replace("\"version\":3", "\"version\":4"));

        Document section = page(
                vaccination(
                                htmxPost("/compte/animaux/" + BISCUIT_ID + "/vaccins/" + RABIES_ID),
                                "RABIES",
                                "2026-03-12",
                                "2030-03-12")
                        .param("clinic", "Clinique du Plateau")
                        .param("proofDocumentId", PROOF_ID)
                        .param("version", "3"),
                HttpStatus.OK);

        assertSent("PUT", VACCINATIONS + "/" + RABIES_ID, """
                {"vaccine":"RABIES","otherName":null,"givenOn":"2026-03-12","validUntil":"2030-03-12",
                 "clinic":"Clinique du Plateau","proofDocumentId":"%s","version":3}
                """.formatted(PROOF_ID));
        assertThat(testId(section, "vaccination-notice").text()).isEqualTo("Le vaccin a été enregistré.");

        backend.reply("PUT", VACCINATIONS + "/" + RABIES_ID, 409, """
                {"status":409,"detail":"Cette fiche a été modifiée entre-temps."}
                """);
        Document conflict = page(
                vaccination(
                                htmxPost("/compte/animaux/" + BISCUIT_ID + "/vaccins/" + RABIES_ID),
                                "RABIES",
                                "2026-03-12",
                                "2031-03-12")
                        .param("version", "3"),
                HttpStatus.CONFLICT);
        Element rabies = conflict.selectFirst("[data-vaccination-id=" + RABIES_ID + "]");
        assertThat(rabies.selectFirst("details").hasAttr("open")).isTrue();
        assertThat(testId(rabies, "conflict-message")).isNotNull();
        assertThat(testId(rabies, "vaccination-form")
                        .selectFirst("input[name=validUntil]")
                        .val())
                .isEqualTo("2031-03-12");
    }

    @Test
    void deletingSendsTheVersionAndARefusalIsAnAlert() throws Exception {
        backend.reply("DELETE", VACCINATIONS + "/" + RABIES_ID, 204, "");
        backend.reply("GET", VACCINATIONS, 200, "[" + KENNEL_COUGH + "]");

        Document section = page(
                htmxPost("/compte/animaux/" + BISCUIT_ID + "/vaccins/" + RABIES_ID + "/supprimer")
                        .param("version", "3"),
                HttpStatus.OK);

        assertThat(backend.received())
                .filteredOn(call -> call.method().equals("DELETE"))
                .extracting(RegistryStub.Received::path, RegistryStub.Received::query)
                .containsExactly(tuple(VACCINATIONS + "/" + RABIES_ID, "version=3"));
        assertThat(testId(section, "vaccination-notice").text()).isEqualTo("Le vaccin a été supprimé.");
        assertThat(section.select("[data-testid=vaccination-name]").eachText())
                .containsExactly("Bordetella (toux de chenil)");

        backend.reply("DELETE", VACCINATIONS + "/" + RABIES_ID, 503, "{\"status\":503}");
        Document refused = page(
                htmxPost("/compte/animaux/" + BISCUIT_ID + "/vaccins/" + RABIES_ID + "/supprimer")
                        .param("version", "3"),
                HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(testId(refused, "vaccination-notice").attr("role")).isEqualTo("alert");
    }

    private static MockHttpServletRequestBuilder vaccination(
            MockHttpServletRequestBuilder post, String vaccine, String givenOn, String validUntil) {
        return post.param("vaccine", vaccine).param("givenOn", givenOn).param("validUntil", validUntil);
    }
}
