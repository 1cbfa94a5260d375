package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.CONSENTS;
import static ca.clientele.webportal.AccountFixtures.OPTIONS;
import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.AccountFixtures.record;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.clientele.webportal.RegistryStub.Received;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Options de communication: newsletter and SMS off until the client turns them on, two-factor
 * sign-in with the state Keycloak reports, the save with exactly the contract's JSON, and the
 * client's own consent history.
 */
class OptionsIT extends PortalIntegration {

    private static final String TWO_FACTOR_PENDING = "\"twoFactor\":true,\"twoFactorState\":\"PENDING\"";

    @BeforeEach
    void reset() {
        accountPage(backend, RECORD, "[]");
    }

    @Test
    void theOptionsShowTheRecordAndSayWhyTheyAreOffByDefault() throws Exception {
        Element options = testId(page(get("/compte"), HttpStatus.OK), "options-form");

        assertThat(options.selectFirst("h2").text()).isEqualTo("Options de communication");
        assertThat(options.attr("hx-post")).isEqualTo("/compte/options");
        assertThat(options.selectFirst("input[name=newsletter]").hasAttr("checked"))
                .isTrue();
        assertThat(options.selectFirst("input[name=sms]").hasAttr("checked")).isFalse();
        assertThat(options.selectFirst("input[name=twoFactor]").hasAttr("checked"))
                .isFalse();
        assertThat(options.selectFirst("input[name=twoFactor]").hasAttr("disabled"))
                .isFalse();
        assertThat(testId(options, "options-privacy").text())
                .startsWith("Par respect de votre vie privée, l'infolettre et les SMS restent désactivés");
        assertThat(testId(options, "two-factor-state").text()).isEqualTo("État actuel : désactivée");
        assertThat(options.select("[data-testid=two-factor-configure]")).isEmpty();
    }

    @Test
    void aRecordWithoutOptionsShowsEverythingOff() throws Exception {
        accountPage(
                backend,
                record(
                        "\"options\":{\"newsletter\":true,\"sms\":false,\"twoFactor\":false,\"twoFactorState\":\"OFF\"}",
                        "\"options\":null"),
                "[]");

        Element options = testId(page(get("/compte"), HttpStatus.OK), "options-form");

        assertThat(options.select("input[type=checkbox][checked]")).isEmpty();
    }

    @Test
    void theConsentHistoryIsTheClientsOwnInMontrealTimeInBothLanguages() throws Exception {
        Element history = testId(page(get("/compte"), HttpStatus.OK), "consent-history");

        assertThat(history.selectFirst("summary").text()).isEqualTo("Historique de vos choix (2)");
        assertThat(history.select("[data-testid=consent]"))
                .extracting(row -> row.select("td").eachText())
                .containsExactly(
                        java.util.List.of("2026-11-22 14:05", "Infolettre", "Activé", "Vous, dans le portail"),
                        java.util.List.of("2026-11-20 10:30", "SMS", "Désactivé", "Notre équipe"));
        // The staff member's id is not the client's business.
        assertThat(history.text()).doesNotContain("a0d4c1e2");

        Element english = testId(page(get("/compte").param("lang", "en"), HttpStatus.OK), "consent-history");
        assertThat(english.select("[data-testid=consent]")
                        .getFirst()
                        .select("td")
                        .eachText())
                .containsExactly("2026-11-22 14:05", "Newsletter", "On", "You, in the portal");
    }

    @Test
    void savingSendsExactlyTheContractsBodyAndTurningTwoFactorOnSaysWhatHappensNext() throws Exception {
        backend.reply(
                "PUT",
                OPTIONS,
                200,
                record(
                        "\"version\":4", "\"version\":5",
                        "\"sms\":false", "\"sms\":true",
                        "\"twoFactor\":false,\"twoFactorState\":\"OFF\"", TWO_FACTOR_PENDING));

        Document fragment = page(
                htmxPost("/compte/options")
                        .param("newsletter", "true")
                        .param("sms", "true")
                        .param("twoFactorShown", "true")
                        .param("twoFactor", "true")
                        .param("version", "4"),
                HttpStatus.OK);

        assertSent("PUT", OPTIONS, """
                {"newsletter":true,"sms":true,"twoFactor":true,"version":4}
                """);
        // The history is read again after the save, which added to it.
        assertThat(backend.received())
                .extracting(Received::method, Received::path)
                .endsWith(tuple("PUT", OPTIONS), tuple("GET", CONSENTS));
        assertThat(testId(fragment, "saved-message").text()).isEqualTo("Vos modifications ont été enregistrées.");
        assertThat(testId(fragment, "two-factor-state").attr("data-state")).isEqualTo("PENDING");
        assertThat(testId(fragment, "two-factor-state").text())
                .isEqualTo("État actuel : en attente. Vous configurerez votre application d'authentification à la"
                        + " prochaine connexion.");
        assertThat(testId(fragment, "two-factor-configure").attr("href"))
                .isEqualTo("/oauth2/authorization/keycloak?kc_action=CONFIGURE_TOTP");
        assertThat(fragment.selectFirst("input[name=sms]").hasAttr("checked")).isTrue();
        assertThat(fragment.selectFirst("[hx-swap-oob='outerHTML:[data-record-version]']")
                        .val())
                .isEqualTo("5");
    }

    @Test
    void uncheckedBoxesAreSentAsOff() throws Exception {
        backend.reply(
                "PUT",
                OPTIONS,
                200,
                record("\"version\":4", "\"version\":5", "\"newsletter\":true", "\"newsletter\":false"));

        page(htmxPost("/compte/options").param("twoFactorShown", "true").param("version", "4"), HttpStatus.OK);

        assertSent("PUT", OPTIONS, """
                {"newsletter":false,"sms":false,"twoFactor":false,"version":4}
                """);
    }

    @Test
    void anUnknownTwoFactorStateCannotBeChangedAndIsSentAsUnchanged() throws Exception {
        String unknown = record(
                "\"twoFactor\":false,\"twoFactorState\":\"OFF\"", "\"twoFactor\":false,\"twoFactorState\":\"UNKNOWN\"");
        accountPage(backend, unknown, "[]");

        Element options = testId(page(get("/compte"), HttpStatus.OK), "options-form");
        assertThat(options.selectFirst("input[name=twoFactor]").hasAttr("disabled"))
                .isTrue();
        assertThat(options.select("input[name=twoFactorShown]")).isEmpty();
        assertThat(testId(options, "two-factor-state").text())
                .startsWith("État actuel : inconnu pour le moment (notre service de connexion ne répond pas).");

        // What the browser posts then: no twoFactor and no marker.
        backend.reply("PUT", OPTIONS, 200, unknown.replace("\"version\":4", "\"version\":5"));
        page(htmxPost("/compte/options").param("newsletter", "true").param("version", "4"), HttpStatus.OK);
        assertSent("PUT", OPTIONS, """
                {"newsletter":true,"sms":false,"twoFactor":null,"version":4}
                """);
    }
}
