package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.FRANCIS;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static ca.clientele.adminportal.TicketFixtures.CALL_ID;
import static ca.clientele.adminportal.TicketFixtures.EMPTY_PAGE;
import static ca.clientele.adminportal.TicketFixtures.NEW_CALL;
import static ca.clientele.adminportal.TicketFixtures.PAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Section 3 of the client page: the client's tickets and calls, and "Nouvel appel". */
class CallsIT extends PortalIT {

    static final String CALLS = "/clients/" + FRANCIS_ID + "/calls";

    @Test
    void sectionThreeListsTheClientsTicketsAndCallsAndKeepsTheTimeline() throws Exception {
        ClientPageIT.stubPage();

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        Element section = testId(page, "section-events");
        assertThat(section.text()).doesNotContain("prochainement");
        var rows = section.select("[data-testid=call-row]");
        assertThat(rows).hasSize(2);
        Element call = rows.get(1);
        assertThat(call.attr("data-ticket-id")).isEqualTo(CALL_ID);
        assertThat(call.select("td").eachText())
                .containsExactly(
                        "#40512", "Fermé", "Question sur une facture", "Question", "Téléphone", "2026-11-20 10:00");
        assertThat(testId(call, "call-link").attr("href")).isEqualTo("/admin/tickets/" + CALL_ID);
        assertThat(testId(section, "calls-all").attr("href")).isEqualTo("/admin/tickets?client=" + FRANCIS_ID);
        assertThat(section.select("[data-testid=timeline-entry]")).hasSize(1);

        Element form = testId(section, "form-call");
        assertThat(form.attr("hx-post")).isEqualTo("/admin" + CALLS);
        assertThat(form.select("input[name=channel]").eachAttr("value")).containsExactly("PHONE", "IN_PERSON", "EMAIL");
        assertThat(testId(form, "call-channel-PHONE").hasAttr("checked")).isTrue();
        assertThat(form.select("input[name=type]").eachAttr("value"))
                .containsExactly("QUESTION", "REQUEST", "COMPLAINT", "INCIDENT");
        // Each radio is named by its label (ids match) and described by its hint.
        assertThat(form.select("label[for^=call-type-]").eachAttr("for"))
                .allSatisfy(
                        id -> assertThat(form.getElementById(id).attr("type")).isEqualTo("radio"));
        assertThat(form.getElementById("call-type-INCIDENT").attr("aria-describedby"))
                .isEqualTo("call-type-INCIDENT-hint");
        assertThat(form.getElementById("call-type-INCIDENT-hint").text())
                .isEqualTo("incident de confidentialité : inscrit au registre des incidents");
        assertThat(form.select("label[for^=call-type-]").eachText())
                .containsExactly("Question", "Demande", "Plainte", "Incident de confidentialité");
        assertThat(form.selectFirst("[data-rich-editor] textarea[name=summary]").id())
                .isEqualTo("call-summary");
        assertThat(testId(form, "call-followUpOn").attr("type")).isEqualTo("date");
        assertThat(testId(form, "call-durationMinutes")).isNotNull();
        assertThat(testId(form, "call-subject")).isNotNull();
        assertThat(testId(form, "call-save").text()).isEqualTo("Consigner l'appel");
    }

    @Test
    void aNewCallIsPostedWithTheClientsNameFromTheRegistryAndListedAtOnce() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("POST", "/api/tickets/calls", 201, NEW_CALL);
        reply("GET", "/api/tickets", 200, PAGE);

        Document answer = submit(
                CALLS,
                200,
                "channel=PHONE",
                "type=INCIDENT",
                "subject=Courriel envoyé au mauvais client",
                "summary=<p>Le client a reçu la facture d'un autre.</p>",
                "durationMinutes=12",
                "followUpOn=2026-11-27");

        assertThat(sentJson("POST", "/api/tickets/calls")).isEqualTo(json("""
                        {"clientId":"%s","clientName":"Francis Marceau","channel":"PHONE","type":"INCIDENT",
                         "subject":"Courriel envoyé au mauvais client",
                         "summary":"<p>Le client a reçu la facture d'un autre.</p>",
                         "durationMinutes":12,"followUpOn":"2026-11-27"}""".formatted(FRANCIS_ID)));
        assertThat(testId(answer, "call-saved").text()).isEqualTo("Appel consigné : billet #40512 (Question).");
        assertThat(answer.select("[data-testid=call-row]")).hasSize(2);
        // The form is blank again, ready for the next call.
        assertThat(testId(answer, "call-subject").val()).isEmpty();
        assertThat(answer.select("details.call-new[open]")).isEmpty();
    }

    @Test
    void missingFieldsAreRefusedNextToTheirInputsInFrenchAndInEnglishBeforeAnythingIsSent() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/tickets", 200, EMPTY_PAGE);

        Document french = submit(CALLS, 400, "channel=PHONE", "subject=", "summary=", "durationMinutes=601");
        Document english = submit(
                post(CALLS)
                        .queryParam("lang", "en")
                        .header("HX-Request", "true")
                        .with(staff()),
                400,
                "channel=EMAIL",
                "subject=Rappel",
                "summary=",
                "durationMinutes=700");

        assertRefusedBeforeSending(french, "call-subject", "Ce champ est obligatoire.", "POST", "/api/tickets/calls");
        assertThat(fieldError(french, "call-type")).isEqualTo("Ce champ est obligatoire.");
        assertThat(fieldError(french, "call-summary")).isEqualTo("Ce champ est obligatoire.");
        assertThat(fieldError(french, "call-durationMinutes")).isEqualTo("Entrez un nombre d'au plus 600.");
        assertThat(french.select("details.call-new[open]")).hasSize(1);

        assertThat(fieldError(english, "call-type")).isEqualTo("This field is required.");
        assertThat(fieldError(english, "call-summary")).isEqualTo("This field is required.");
        assertThat(fieldError(english, "call-durationMinutes")).isEqualTo("Enter a number of at most 600.");
        // What was typed stays, the channel chosen too.
        assertThat(testId(english, "call-subject").val()).isEqualTo("Rappel");
        assertThat(testId(english, "call-durationMinutes").val()).isEqualTo("700");
        assertThat(testId(english, "call-channel-EMAIL").hasAttr("checked")).isTrue();
    }

    @Test
    void theServicesRefusalComesBackNextToItsField() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/tickets", 200, EMPTY_PAGE);
        reply("POST", "/api/tickets/calls", 400, invalid("followUpOn", "La date de suivi ne peut pas être passée."));

        Document answer = submit(
                CALLS,
                400,
                "channel=IN_PERSON",
                "type=REQUEST",
                "subject=Visite à domicile",
                "summary=Demande une visite.",
                "durationMinutes=5",
                "followUpOn=2020-01-01");

        assertThat(fieldError(answer, "call-followUpOn")).isEqualTo("La date de suivi ne peut pas être passée.");
    }

    @Test
    void whenTicketServiceIsDownTheClientPageSaysSoAndStillWorks() throws Exception {
        ClientPageIT.stubPage();
        reply("GET", "/api/tickets", 503, "{\"status\":503}");

        Document page = html(mvc.perform(
                        get("/clients/" + FRANCIS_ID).queryParam("lang", "en").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "calls-unavailable").text()).isEqualTo("Call tracking is temporarily unavailable.");
        assertThat(testId(page, "form-call")).isNotNull();
        assertThat(testId(page, "client-email").text()).isEqualTo("francis.marceau@exemple.ca");
    }
}
