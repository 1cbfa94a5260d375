package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.admin;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static ca.clientele.adminportal.TicketFixtures.CALL_ID;
import static ca.clientele.adminportal.TicketFixtures.INCIDENT;
import static ca.clientele.adminportal.TicketFixtures.INCIDENTS;
import static ca.clientele.adminportal.TicketFixtures.INCIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The confidentiality-incident register: administrators only, filters, overdue entries, the s. 7 form. */
class IncidentsIT extends PortalIT {

    static final String ENTRY = "/incidents/" + INCIDENT_ID;
    static final String API_ENTRY = "/api/incidents/" + INCIDENT_ID;

    /** Every field of the form as the page would post it, then the changes of a test ("name=value"). */
    static MockHttpServletRequestBuilder completed(MockHttpServletRequestBuilder request, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : new String[] {
            "personalInformation=Adresse courriel et téléphone",
            "undescribableReason=",
            "circumstances=Courriel envoyé au mauvais client",
            "occurredFrom=2026-11-19",
            "occurredTo=",
            "learnedFrom=2026-11-20",
            "learnedTo=",
            "personsConcerned=1",
            "_personsApproximate=on",
            "riskSensitivity=Faible",
            "riskMaliciousUses=Hameçonnage",
            "riskConsequences=Pourriels",
            "riskLikelihood=Faible",
            "seriousRisk=true",
            "commissionNotifiedOn=2026-11-21",
            "personsNotifiedOn=2026-11-21",
            "_publicNotice=on",
            "publicNoticeReason=",
            "measures=Demande de suppression au destinataire",
            "version=2"
        }) {
            fields.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
        }
        for (String change : changes) {
            fields.put(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
        }
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theRegisterListsEntriesWithOverdueOnesHighlightedAndTheFiltersGoToTheService() throws Exception {
        reply("GET", "/api/incidents", 200, INCIDENTS);

        Document page = html(mvc.perform(get("/incidents")
                        .queryParam("from", "2026-11-01")
                        .queryParam("to", "2026-11-30")
                        .queryParam("seriousRisk", "true")
                        .queryParam("overdue", "true")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(query(sent("GET", "/api/incidents")))
                .isEqualTo("from=2026-11-01&to=2026-11-30&seriousRisk=true&overdue=true&page=0&size=20");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Registre des incidents de confidentialité");
        Element row = testId(page, "incident-row");
        assertThat(row.hasClass("overdue")).isTrue();
        assertThat(row.attr("data-overdue")).isEqualTo("true");
        assertThat(testId(row, "incident-overdue").text()).isEqualTo("Avis en retard");
        assertThat(testId(row, "incident-serious").text()).isEqualTo("Oui");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/admin/tickets/" + CALL_ID);
        assertThat(testId(row, "incident-open").attr("href")).isEqualTo("/admin" + ENTRY);
        assertThat(testId(row, "incident-pdf").attr("href")).isEqualTo(API_ENTRY + "/pdf");
        // Exports go through the gateway with the session, same filters.
        assertThat(testId(page, "incidents-csv").attr("href"))
                .isEqualTo("/api/incidents/export.csv?from=2026-11-01&to=2026-11-30&seriousRisk=true&overdue=true");
        assertThat(testId(page, "incidents-overdue").hasAttr("checked")).isTrue();
        assertThat(testId(page, "menu-incidents").attr("href")).isEqualTo("/admin/incidents");
    }

    @Test
    void staffWithoutTheAdminRoleGetTheForbiddenPageAndNoLink() throws Exception {
        Document refused = html(mvc.perform(get("/incidents").with(staff()))
                .andExpect(status().isForbidden())
                .andReturn());
        mvc.perform(get(ENTRY).with(staff())).andExpect(status().isForbidden());
        mvc.perform(completed(post(ENTRY).with(staff()))).andExpect(status().isForbidden());

        assertThat(refused.selectFirst("h1").text()).isEqualTo("Accès refusé");
        assertThat(refused.select("[data-testid=menu-incidents]")).isEmpty();
        assertThat(allCalls()).isEmpty();
    }

    @Test
    void anEntryShowsEveryFieldOfSectionSevenInItsGroup() throws Exception {
        reply("GET", API_ENTRY, 200, INCIDENT);

        Document page = html(
                mvc.perform(get(ENTRY).with(admin())).andExpect(status().isOk()).andReturn());

        assertThat(testId(page, "incident-heading").text()).isEqualTo("Incident du billet #40512");
        assertThat(testId(page, "incident-retained").text()).isEqualTo("2031-11-20");
        assertThat(testId(page, "incident-overdue-notice").text()).contains("Commission d'accès à l'information");
        Element form = testId(page, "form-incident");
        assertThat(form.select("legend").eachText())
                .containsExactly(
                        "1° Renseignements personnels visés",
                        "2° Circonstances de l'incident",
                        "3° Date ou période de l'incident",
                        "4° Date ou période où l'entreprise en a pris connaissance",
                        "5° Nombre de personnes concernées",
                        "6° Évaluation du risque qu'un préjudice sérieux soit causé",
                        "7° Avis transmis (si le risque de préjudice est sérieux)",
                        "8° Mesures prises pour diminuer le risque de préjudice");
        assertThat(testId(form, "incident-personalInformation").text()).isEqualTo("Adresse courriel et téléphone");
        assertThat(testId(form, "incident-occurredFrom").val()).isEqualTo("2026-11-19");
        assertThat(testId(form, "incident-personsConcerned").val()).isEqualTo("1");
        assertThat(testId(form, "incident-seriousRisk")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("true");
        assertThat(testId(form, "incident-commissionNotifiedOn").attr("type")).isEqualTo("date");
        assertThat(testId(form, "incident-publicNotice").attr("type")).isEqualTo("checkbox");
        assertThat(testId(form, "incident-measures").text()).isEqualTo("Demande de suppression au destinataire");
        assertThat(form.selectFirst("label[for=incident-riskLikelihood]").text())
                .isEqualTo("Probabilité d'une utilisation préjudiciable");
        assertThat(page.getElementById("incident-riskLikelihood-hint")).isNotNull();
        assertThat(testId(form, "incident-save").text()).isEqualTo("Enregistrer");
    }

    @Test
    void savingSendsEveryFieldWithTheVersionAsJson() throws Exception {
        reply("PUT", API_ENTRY, 200, INCIDENT.replace("\"overdue\":true", "\"overdue\":false"));

        Document answer = html(
                mvc.perform(completed(post(ENTRY).header("HX-Request", "true").with(admin())))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(sentJson("PUT", API_ENTRY)).isEqualTo(json("""
                        {"personalInformation":"Adresse courriel et téléphone","undescribableReason":null,
                         "circumstances":"Courriel envoyé au mauvais client","occurredFrom":"2026-11-19",
                         "occurredTo":null,"learnedFrom":"2026-11-20","learnedTo":null,"personsConcerned":1,
                         "personsApproximate":false,"riskSensitivity":"Faible","riskMaliciousUses":"Hameçonnage",
                         "riskConsequences":"Pourriels","riskLikelihood":"Faible","seriousRisk":true,
                         "commissionNotifiedOn":"2026-11-21","personsNotifiedOn":"2026-11-21","publicNotice":false,
                         "publicNoticeReason":null,"measures":"Demande de suppression au destinataire","version":2}"""));
        assertThat(testId(answer, "saved-message").text()).isEqualTo("Entrée du registre enregistrée.");
        assertThat(answer.select("[data-testid=incident-overdue-notice]")).isEmpty();
    }

    @Test
    void aStaleVersionIsTheConflictNoticeWithWhatWasTypedKept() throws Exception {
        reply("PUT", API_ENTRY, 409, CONFLICT);
        reply("GET", API_ENTRY, 200, INCIDENT);

        Document answer = html(mvc.perform(completed(
                        post(ENTRY).header("HX-Request", "true").with(admin()), "measures=Mot de passe changé"))
                .andExpect(status().isConflict())
                .andReturn());

        assertThat(testId(answer, "conflict-message").text())
                .startsWith("Cet incident a été modifié par quelqu'un d'autre");
        assertThat(testId(answer, "incident-measures").text()).isEqualTo("Mot de passe changé");
    }

    @Test
    void theServicesRulesComeBackNextToTheirFieldsAndThePortalsOwnChecksInEnglish() throws Exception {
        reply("GET", API_ENTRY, 200, INCIDENT);
        reply("PUT", API_ENTRY, 400, """
                {"type":"about:blank","title":"Données invalides","status":400,"detail":"Certains champs sont invalides.",
                 "errors":[{"field":"occurredTo","message":"La fin de la période doit suivre son début."},
                           {"field":"personsNotifiedOn","message":"Obligatoire lorsque le risque est sérieux."}]}
                """);

        Document refused = html(mvc.perform(completed(
                        post(ENTRY).header("HX-Request", "true").with(admin()),
                        "occurredTo=2026-11-01",
                        "personsNotifiedOn="))
                .andExpect(status().isBadRequest())
                .andReturn());
        Document english = html(mvc.perform(completed(
                        post(ENTRY)
                                .queryParam("lang", "en")
                                .header("HX-Request", "true")
                                .with(admin()),
                        "personsConcerned=-4",
                        "occurredFrom=hier"))
                .andExpect(status().isBadRequest())
                .andReturn());

        assertThat(fieldError(refused, "incident-occurredTo")).isEqualTo("La fin de la période doit suivre son début.");
        assertThat(fieldError(refused, "incident-personsNotifiedOn"))
                .isEqualTo("Obligatoire lorsque le risque est sérieux.");
        assertThat(fieldError(english, "incident-occurredFrom")).isEqualTo("Enter a date, for example 2020-05-31.");
        assertThat(testId(english, "incident-occurredFrom").val()).isEqualTo("hier");
        assertThat(calls("PUT", API_ENTRY)).hasSize(1);
    }
}
