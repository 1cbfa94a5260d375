package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.BISCUIT;
import static ca.clientele.webportal.AccountFixtures.BISCUIT_ID;
import static ca.clientele.webportal.AccountFixtures.PET;
import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.assertSent;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/**
 * A vaccination added in Mes animaux in Chromium, with the keyboard alone: the proof goes straight
 * to the document-service for this pet (upload.js), its id goes with the form, the section comes
 * back with the new record and a notice read by screen readers; the page passes axe throughout.
 */
class VaccinationsBrowserIT extends BrowserIntegration {

    private static final String VACCINATIONS = PET + "/vaccinations";
    private static final String PROOF_ID = "d0000000-0000-4000-8000-0000000000d1";

    @Test
    void aClientAddsARabiesVaccinationWithItsProofUsingTheKeyboard() {
        accountPage(backend, RECORD, "[" + BISCUIT + "]");
        backend.reply("GET", VACCINATIONS, 200, "[]");
        backend.reply("POST", VACCINATIONS, 201, VaccinationsIT.RABIES);
        uploadAnswers.add("""
                {"id":"%s","clientId":"%s","purpose":"VACCINATION_PROOF","name":"rage.pdf",
                 "contentType":"application/pdf","size":120,"visibility":"CLIENT_VISIBLE","image":false}""".formatted(PROOF_ID, FRANCIS_ID));

        page.navigate(BASE + "/compte");
        PlaywrightAssertions.assertThat(page.getByTestId("vaccinations-none")).isVisible();
        audit();

        Locator open = page.getByTestId("vaccination-add-open");
        open.focus();
        page.keyboard().press("Enter");
        String prefix = "vaccination-new-" + BISCUIT_ID + "-";
        PlaywrightAssertions.assertThat(page.getByTestId(prefix + "vaccine")).isVisible();
        page.getByTestId(prefix + "vaccine").focus();
        page.getByTestId(prefix + "vaccine").selectOption("RABIES");
        page.getByTestId(prefix + "givenOn").fill("2026-03-12");
        page.getByTestId(prefix + "validUntil").fill("2029-03-12");
        page.getByTestId(prefix + "clinic").fill("Clinique du Plateau");
        page.getByTestId(prefix + "proof").setInputFiles(new FilePayload("rage.pdf", "application/pdf", new byte[120]));
        PlaywrightAssertions.assertThat(page.getByTestId(prefix + "proof-status"))
                .hasText("rage.pdf a été envoyé. Enregistrez le vaccin pour le conserver.");
        assertThat(uploads)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .containsSubsequence(
                                "name=\"clientId\"",
                                FRANCIS_ID.toString(),
                                "name=\"purpose\"",
                                "VACCINATION_PROOF",
                                "name=\"petId\"",
                                BISCUIT_ID,
                                "name=\"file\"; filename=\"rage.pdf\""));
        audit();

        backend.reply("GET", VACCINATIONS, 200, "[" + VaccinationsIT.RABIES + "]");
        page.getByTestId(prefix + "save").focus();
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.getByTestId("vaccination-notice"))
                .hasText("Le vaccin a été ajouté. Notre équipe le vérifiera.");
        assertSent("POST", VACCINATIONS, """
                {"vaccine":"RABIES","otherName":null,"givenOn":"2026-03-12","validUntil":"2029-03-12",
                 "clinic":"Clinique du Plateau","proofDocumentId":"%s"}
                """.formatted(PROOF_ID));
        PlaywrightAssertions.assertThat(page.getByTestId("vaccination-validity"))
                .hasText("Valide jusqu’au 12 mars 2029");
        PlaywrightAssertions.assertThat(page.getByTestId("vaccination-proof"))
                .hasAttribute("href", "/api/documents/" + PROOF_ID + "/content");
        audit();
    }
}
