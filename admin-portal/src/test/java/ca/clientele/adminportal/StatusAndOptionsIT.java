package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.BANNED;
import static ca.clientele.adminportal.Pages.CONSENTS;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.IDENTITY_DOWN;
import static ca.clientele.adminportal.Pages.francis;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.RecordFormsIT.assertOutOfBandUpdates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The status (with its reason, who and when, and the ban's effects said before and after) and
 * section 5's options (two-factor sent only when changed, the consent history read again).
 */
class StatusAndOptionsIT extends PortalIT {

    static final String CLIENT = "/clients/" + FRANCIS_ID;
    static final String API = "/api/clients/" + FRANCIS_ID;

    /** Posts the status form: the status chosen, the reason typed, the status it was shown with. */
    private Document changeStatus(int expected, String to, String reason, String from, String version, String... more)
            throws Exception {
        List<String> fields = new ArrayList<>(
                List.of("status=" + to, "reason=" + reason, "currentStatus=" + from, "version=" + version));
        fields.addAll(List.of(more));
        return submit(CLIENT + "/status", expected, fields.toArray(String[]::new));
    }

    @Test
    void theReasonASuspensionNeedsIsTheRegistrysRuleAndItsMessageIsShownOnTheReason() throws Exception {
        // The registry's own 400 (StatusChange's cross-field rule), in the staff member's language.
        reply(
                "PUT",
                API + "/status",
                400,
                invalid("reason", "Indiquez une raison pour suspendre ou bannir un client."));

        Document answer = changeStatus(400, "SUSPENDED", "  ", "ACTIVE", "3");

        assertThat(sentJson("PUT", API + "/status")).isEqualTo(json("""
                {"status":"SUSPENDED","reason":null,"version":3}
                """));
        assertThat(fieldError(answer, "status-reason"))
                .isEqualTo("Indiquez une raison pour suspendre ou bannir un client.");
        assertThat(testId(answer, "status-status")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("SUSPENDED");
        assertThat(answer.select("[hx-swap-oob]")).isEmpty();
    }

    @Test
    void banningAsksForAConfirmationFirst() throws Exception {
        Document answer = changeStatus(400, "BANNED", "Menaces envers une technicienne", "ACTIVE", "3");

        assertRefusedBeforeSending(
                answer, "status-confirmBan", "Cochez la confirmation pour bannir ce client.", "PUT", API + "/status");
        assertThat(answer.selectFirst("label[for=status-confirmBan]").text())
                .isEqualTo("Je confirme le bannissement : le compte du client sera désactivé et ses sessions fermées.");
        assertThat(testId(answer, "status-reason").text()).isEqualTo("Menaces envers une technicienne");
    }

    @Test
    void aConfirmedBanSendsStatusAndReasonAndSaysTheAccountIsDisabled() throws Exception {
        reply("PUT", API + "/status", 200, BANNED);

        Document answer =
                changeStatus(200, "BANNED", " Menaces envers une technicienne ", "ACTIVE", "6", "confirmBan=true");

        // Exactly the contract: the confirmation and the shown status stay in the portal.
        assertThat(sentJson("PUT", API + "/status")).isEqualTo(json("""
                {"status":"BANNED","reason":"Menaces envers une technicienne","version":6}
                """));
        assertThat(testId(answer, "saved-message").text())
                .isEqualTo(
                        "Client banni. Son compte de connexion est désactivé et toutes ses sessions ont été fermées.");
        Element facts = answer.selectFirst("#status-facts[hx-swap-oob]");
        assertThat(testId(facts, "status-current").text()).isEqualTo("banni");
        assertThat(testId(facts, "status-reason-current").text()).isEqualTo("Menaces envers une technicienne");
        assertThat(testId(facts, "status-changed").text()).isEqualTo("par Cynthia Lemay le 2026-07-01 12:30");
        assertThat(answer.selectFirst("#client-heading [data-testid=client-status-badge]")
                        .text())
                .isEqualTo("banni");
        // The next change starts from "banned": a new reason, no confirmation needed to lift it.
        assertThat(answer.selectFirst("input[name=currentStatus]").val()).isEqualTo("BANNED");
        assertThat(testId(answer, "status-reason").text()).isEmpty();
        assertOutOfBandUpdates(answer, 7);
    }

    @Test
    void reactivatingABannedClientSaysTheirAccountIsEnabledAgain() throws Exception {
        reply("PUT", API + "/status", 200, francis(8));

        Document answer = changeStatus(200, "ACTIVE", "", "BANNED", "7");

        assertThat(sentJson("PUT", API + "/status")).isEqualTo(json("""
                {"status":"ACTIVE","reason":null,"version":7}
                """));
        assertThat(testId(answer, "saved-message").text())
                .isEqualTo("Statut enregistré. Le compte de connexion du client est réactivé.");
        assertThat(testId(answer.selectFirst("#status-facts"), "status-current").text())
                .isEqualTo("actif");
    }

    @Test
    void theRegistrysMessageOnTheReasonIsShownInTheStaffMembersLanguage() throws Exception {
        reply("PUT", API + "/status", 400, invalid("reason", "The reason must be at most 500 characters."));

        Document answer = changeStatus(400, "SUSPENDED", "x".repeat(600), "ACTIVE", "3", "lang=en");

        assertThat(fieldError(answer, "status-reason")).isEqualTo("The reason must be at most 500 characters.");
        assertThat(testId(answer, "status-reason").text()).hasSize(600);
        assertThat(testId(answer, "status-status").select("option").eachText())
                .containsExactly("active", "inactive", "suspended", "banned");
        assertThat(testId(answer, "status-save").text()).isEqualTo("Change the status");
    }

    @Test
    void optionsSendTwoFactorOnlyWhenChangedAndTheHistoryIsReadAgain() throws Exception {
        reply(
                "PUT",
                API + "/options",
                200,
                francis(4, "\"newsletter\":true,\"sms\":false", "\"newsletter\":false,\"sms\":true"));
        reply("GET", API + "/consents", 200, CONSENTS);

        // Newsletter unticked (browsers then send nothing), SMS ticked, two-factor as shown.
        Document answer =
                submit(CLIENT + "/options", 200, "sms=true", "twoFactorShown=false", "twoFactorState=OFF", "version=3");

        assertThat(sentJson("PUT", API + "/options")).isEqualTo(json("""
                {"newsletter":false,"sms":true,"twoFactor":null,"version":3}
                """));
        assertThat(testId(answer, "saved-message").text()).isEqualTo("Modifications enregistrées.");
        assertThat(testId(answer, "options-sms").hasAttr("checked")).isTrue();
        assertThat(testId(answer, "options-newsletter").hasAttr("checked")).isFalse();
        Element history = answer.selectFirst("#consent-history[hx-swap-oob]");
        assertThat(history.select("[data-testid=consent-row]")).hasSize(2);
        assertOutOfBandUpdates(answer, 4);
    }

    @Test
    void turningTwoFactorOnSaysTheClientEnrolsAtNextSignIn() throws Exception {
        reply(
                "PUT",
                API + "/options",
                200,
                francis(
                        4,
                        "\"twoFactor\":false,\"twoFactorState\":\"OFF\"",
                        "\"twoFactor\":true,\"twoFactorState\":\"PENDING\""));
        reply("GET", API + "/consents", 200, CONSENTS);

        Document answer = submit(
                CLIENT + "/options", 200, "newsletter=true", "twoFactor=true", "twoFactorShown=false", "version=3");

        assertThat(sentJson("PUT", API + "/options")).isEqualTo(json("""
                {"newsletter":true,"sms":false,"twoFactor":true,"version":3}
                """));
        assertThat(testId(answer, "saved-message").text())
                .isEqualTo("Options enregistrées. Le client configurera l'authentification à deux facteurs "
                        + "à sa prochaine connexion.");
        assertThat(testId(answer, "options-two-factor-state").text())
                .isEqualTo("En attente d'inscription à la prochaine connexion");
    }

    @Test
    void turningTwoFactorOffSendsFalseAndSaysSo() throws Exception {
        reply("PUT", API + "/options", 200, francis(4));
        reply("GET", API + "/consents", 503, "{}");

        Document answer = submit(CLIENT + "/options", 200, "lang=en", "twoFactorShown=true", "version=3");

        assertThat(sentJson("PUT", API + "/options").get("twoFactor").asBoolean())
                .isFalse();
        assertThat(testId(answer, "saved-message").text())
                .isEqualTo("Options saved. Two-factor authentication is turned off for this client.");
        assertThat(testId(answer, "options-two-factor-state").text()).isEqualTo("Off");
        // Saved even though the history could not be read again: it says so.
        assertThat(testId(answer.selectFirst("#consent-history[hx-swap-oob]"), "consent-unavailable"))
                .isNotNull();
    }

    @Test
    void whenKeycloakIsUnreachableTheOptionsAreKeptAsTyped() throws Exception {
        reply("PUT", API + "/options", 503, IDENTITY_DOWN);

        String[] typed = {"newsletter=true", "twoFactor=true", "twoFactorShown=false", "twoFactorState=OFF", "version=3"
        };
        Document answer = submit(CLIENT + "/options", 503, typed);

        assertThat(testId(answer, "unavailable-message")).isNotNull();
        assertThat(testId(answer, "options-twoFactor").hasAttr("checked")).isTrue();
        assertThat(testId(answer, "options-newsletter").hasAttr("checked")).isTrue();
        assertThat(testId(answer, "options-two-factor-state").text()).isEqualTo("Désactivée");
        assertThat(answer.select("[hx-swap-oob]")).isEmpty();
    }
}
