package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.BRANCHES;
import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MONTREAL_BRANCH;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static ca.clientele.adminportal.TicketFixtures.ASSIGNEES;
import static ca.clientele.adminportal.TicketFixtures.CANNED;
import static ca.clientele.adminportal.TicketFixtures.CANNED_ID;
import static ca.clientele.adminportal.TicketFixtures.CATEGORIES;
import static ca.clientele.adminportal.TicketFixtures.CYNTHIA;
import static ca.clientele.adminportal.TicketFixtures.GENERAL;
import static ca.clientele.adminportal.TicketFixtures.MESSAGES;
import static ca.clientele.adminportal.TicketFixtures.NAILS;
import static ca.clientele.adminportal.TicketFixtures.OLDER;
import static ca.clientele.adminportal.TicketFixtures.TICKET;
import static ca.clientele.adminportal.TicketFixtures.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A ticket as staff work on it: what it shows, and what each of its forms sends to ticket-service. */
class TicketPageIT extends PortalIT {

    static final String TICKET_PATH = "/api/tickets/" + TICKET_ID;

    static void stubTicket() {
        reply("GET", TICKET_PATH, 200, TICKET);
        reply("GET", "/api/tickets/assignees", 200, ASSIGNEES);
        reply("GET", "/api/tickets/categories", 200, CATEGORIES);
        reply("GET", "/api/tickets/canned-replies", 200, CANNED);
        reply("GET", "/api/branches", 200, BRANCHES);
    }

    static String sentMessage(String body, String internal) {
        return """
                {"id":"a9000000-0000-4000-8000-000000000003","authorId":"%s","authorName":"Cynthia Lemay",
                 "authorRole":"STAFF","internal":%s,"body":"%s","bcc":[],"attachments":[],
                 "createdAt":"2026-11-24T14:00:00Z"}""".formatted(CYNTHIA, internal, body);
    }

    @Test
    void theTicketShowsItsHeadingClientBoxesAndTheHistoryNewestFirstWithInternalNotesApart() throws Exception {
        stubTicket();

        Document page = html(mvc.perform(get("/tickets/" + TICKET_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "ticket-heading").text())
                .startsWith("[#78190] Taille des griffes de Moka")
                .endsWith("En attente de la réponse de l'agent");
        assertThat(testId(page, "ticket-client").text()).isEqualTo("Francis Marceau");
        assertThat(testId(page, "ticket-client").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
        assertThat(testId(page, "ticket-status").attr("data-status")).isEqualTo("WAITING_ON_STAFF");
        assertThat(testId(page, "ticket-status").hasClass("status-waiting-on-staff"))
                .isTrue();
        assertThat(testId(page, "ticket-close").text()).isEqualTo("Fermer le billet");
        assertThat(testId(page, "form-close").selectFirst("input[name=version]").val())
                .isEqualTo("4");
        assertThat(testId(page, "ticket-service-options").text()).isEqualTo("Taille des griffes");
        assertThat(testId(page, "ticket-beneficiaries").text()).isEqualTo("conjointe@exemple.ca");
        assertThat(testId(page, "fields-categoryId")
                        .selectFirst("option[selected]")
                        .text())
                .isEqualTo("Taille des griffes");
        assertThat(testId(page, "fields-branchId").select("option").first().text())
                .isEqualTo("Aucune");
        assertThat(testId(page, "fields-branchId").select("option[selected]")).isEmpty();
        assertThat(testId(page, "assignee-select").select("option").eachText())
                .containsExactly("Non assigné", "Cynthia Lemay", "Julien Béliveau");

        var messages = page.select("[data-testid=message]");
        assertThat(messages).hasSize(2);
        Element note = messages.getFirst();
        assertThat(note.hasClass("message-internal")).isTrue();
        assertThat(testId(note, "message-internal").text()).isEqualTo("Note interne — jamais montrée au client");
        assertThat(note.selectFirst(".message-head").text())
                .isEqualTo(
                        "Cynthia Lemay a ajouté une note interne — Il y a 2 jours Note interne — jamais montrée au client");
        assertThat(testId(note, "message-time").attr("title")).isEqualTo("2026-11-23 09:00");
        assertThat(testId(note, "message-time").attr("datetime")).isEqualTo("2026-11-23T14:00:00Z");
        assertThat(testId(note, "message-body").html())
                .isEqualTo("<p>Client <strong>fidèle</strong> : offrir le rabais.</p>");
        Element question = messages.get(1);
        assertThat(question.hasClass("message-internal")).isFalse();
        assertThat(testId(question, "message-author").text()).isEqualTo("Francis Marceau");
        assertThat(question.selectFirst(".message-head").text()).contains("a écrit");
        // Cleaned once more to the editor's allow-list: no image, no script, whatever the service sent.
        assertThat(testId(question, "message-body").html()).isEqualTo("<p>Bonjour, Moka a besoin d'une taille.</p>");
        assertThat(question.select("img, script")).isEmpty();
        assertThat(testId(question, "message-attachment").attr("href"))
                .isEqualTo("/api/documents/b9000000-0000-4000-8000-000000000001/content");
        assertThat(testId(page, "history-more").attr("hx-get"))
                .isEqualTo("/admin/tickets/" + TICKET_ID + "/messages?page=1");

        // The reply editor: the shared editor's markup around the textarea, the internal-note choice, BCC.
        Element form = testId(page, "form-reply");
        assertThat(form.attr("hx-post")).isEqualTo("/admin/tickets/" + TICKET_ID + "/reply");
        assertThat(form.attr("data-client-id")).isEqualTo(FRANCIS_ID.toString());
        assertThat(form.selectFirst("[data-rich-editor] textarea[name=body]").id())
                .isEqualTo("reply-body");
        assertThat(testId(form, "reply-internal").attr("type")).isEqualTo("checkbox");
        assertThat(form.selectFirst("label[for=reply-bcc]").text()).isEqualTo("BCC (liste séparée par des virgules)");
        assertThat(testId(form, "reply-canned").select("option").eachText())
                .containsExactly("Choisir une réponse…", "Rendez-vous confirmé");
        assertThat(testId(form, "reply-canned")
                        .selectFirst("option[value=" + CANNED_ID + "]")
                        .attr("data-body"))
                .isEqualTo("<p>Votre rendez-vous est <strong>confirmé</strong>.</p>");
        assertThat(testId(form, "reply-submit").text()).isEqualTo("Soumettre");
    }

    @Test
    void aReplySendsTheBodyBccAndAttachmentsAsJsonAndTheTicketComesBackWaitingOnTheClient() throws Exception {
        stubTicket();
        reply("POST", TICKET_PATH + "/messages", 201, sentMessage("<p>Merci!</p>", "false"));

        Document answer = submit(
                "/tickets/" + TICKET_ID + "/reply",
                200,
                "body=<p>Merci <strong>Francis</strong>!</p>",
                "bcc=gerante@exemple.ca, compta@exemple.ca",
                "internal=false",
                "_internal=on",
                "attachments[0].documentId=b9000000-0000-4000-8000-000000000002",
                "attachments[0].name=facture.pdf",
                "attachments[0].contentType=application/pdf",
                "attachments[0].size=2048");

        assertThat(sentJson("POST", TICKET_PATH + "/messages")).isEqualTo(json("""
                        {"body":"<p>Merci <strong>Francis</strong>!</p>",
                         "bcc":["gerante@exemple.ca","compta@exemple.ca"],
                         "attachments":[{"documentId":"b9000000-0000-4000-8000-000000000002","name":"facture.pdf",
                                         "contentType":"application/pdf","size":2048}],
                         "internal":false}"""));
        assertThat(testId(answer, "ticket-done").text())
                .isEqualTo("Réponse envoyée : le billet attend maintenant la réponse du client.");
        assertThat(testId(answer, "reply-body").text()).isEmpty();
        assertThat(answer.select("h1")).hasSize(1);
        assertThat(answer.selectFirst("#ticket-body")).isNotNull();
    }

    @Test
    void anInternalNoteIsSentAsSuchWithoutBcc() throws Exception {
        stubTicket();
        reply("POST", TICKET_PATH + "/messages", 201, sentMessage("<p>Note</p>", "true"));

        Document answer = submit(
                "/tickets/" + TICKET_ID + "/reply", 200, "body=Client rappelé, pas de réponse.", "internal=true");

        assertThat(sentJson("POST", TICKET_PATH + "/messages")).isEqualTo(json("""
                        {"body":"Client rappelé, pas de réponse.","bcc":[],"attachments":[],"internal":true}"""));
        assertThat(testId(answer, "ticket-done").text()).isEqualTo("Note interne ajoutée.");
    }

    @Test
    void aWrongBccAddressOrAnEmptyMessageIsRefusedNextToItsInputAndNothingIsSent() throws Exception {
        stubTicket();

        Document answer =
                submit("/tickets/" + TICKET_ID + "/reply", 400, "body=", "bcc=gerante@exemple.ca, pas-une-adresse");

        assertRefusedBeforeSending(
                answer,
                "reply-bcc",
                "« pas-une-adresse » n'est pas une adresse courriel, par exemple nom@exemple.ca.",
                "POST",
                TICKET_PATH + "/messages");
        assertThat(fieldError(answer, "reply-body")).isEqualTo("Ce champ est obligatoire.");
        assertThat(testId(answer, "reply-bcc").val()).isEqualTo("gerante@exemple.ca, pas-une-adresse");
    }

    @Test
    void theServicesRefusalOfAMessageComesBackNextToItsField() throws Exception {
        stubTicket();
        reply("POST", TICKET_PATH + "/messages", 400, invalid("body", "Le message ne contient aucun texte."));

        Document answer = submit("/tickets/" + TICKET_ID + "/reply", 400, "body=<p><br></p>");

        assertThat(fieldError(answer, "reply-body")).isEqualTo("Le message ne contient aucun texte.");
    }

    @Test
    void withoutJavaScriptACannedReplyIsInsertedInTheStaffsLanguageAfterWhatWasTyped() throws Exception {
        stubTicket();

        Document french = html(mvc.perform(PortalIT.typed(
                        post("/tickets/" + TICKET_ID + "/reply/canned").with(staff()),
                        "body=<p>Bonjour,</p>",
                        "canned=" + CANNED_ID))
                .andExpect(status().isOk())
                .andReturn());
        Document english = html(mvc.perform(PortalIT.typed(
                        post("/tickets/" + TICKET_ID + "/reply/canned")
                                .queryParam("lang", "en")
                                .with(staff()),
                        "body=",
                        "canned=" + CANNED_ID))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(french, "reply-body").text())
                .isEqualTo("<p>Bonjour,</p><p>Votre rendez-vous est <strong>confirmé</strong>.</p>");
        assertThat(testId(english, "reply-body").text())
                .isEqualTo("<p>Your appointment is <strong>confirmed</strong>.</p>");
        assertThat(calls("POST", TICKET_PATH + "/messages")).isEmpty();
    }

    @Test
    void assigningSendsTheStaffMemberOrNullWithTheVersion() throws Exception {
        stubTicket();
        reply(
                "PUT",
                TICKET_PATH + "/assignee",
                200,
                TICKET.replace(
                        "\"assigneeId\":null,\"assigneeName\":null",
                        "\"assigneeId\":\"" + CYNTHIA + "\",\"assigneeName\":\"Cynthia Lemay\""));

        Document answer = submit("/tickets/" + TICKET_ID + "/assignee", 200, "assigneeId=" + CYNTHIA, "version=4");

        assertThat(sentJson("PUT", TICKET_PATH + "/assignee"))
                .isEqualTo(json("{\"assigneeId\":\"" + CYNTHIA + "\",\"version\":4}"));
        assertThat(testId(answer, "ticket-done").text()).isEqualTo("Billet assigné à Cynthia Lemay.");

        submit("/tickets/" + TICKET_ID + "/assignee", 200, "assigneeId=", "version=5");
        assertThat(sentJson("PUT", TICKET_PATH + "/assignee")).isEqualTo(json("{\"assigneeId\":null,\"version\":5}"));
    }

    @Test
    void theFieldsArePatchedAndAStaleVersionIsTheConflictNotice() throws Exception {
        stubTicket();
        reply("PATCH", TICKET_PATH, 200, TICKET);

        submit(
                "/tickets/" + TICKET_ID + "/fields",
                200,
                "categoryId=" + GENERAL,
                "shownCategoryId=" + NAILS,
                "branchId=" + MONTREAL_BRANCH,
                "followUpOn=2026-12-01",
                "version=4");
        assertThat(sentJson("PATCH", TICKET_PATH))
                .isEqualTo(json("{\"categoryId\":\"" + GENERAL + "\",\"branchId\":\"" + MONTREAL_BRANCH
                        + "\",\"followUpOn\":\"2026-12-01\",\"clear\":[],\"version\":4}"));

        // The category the page showed is not sent again: a retired one would be refused. "Aucune" succursale
        // asks ticket-service to clear the branch (a null alone would leave it as it is).
        submit(
                "/tickets/" + TICKET_ID + "/fields",
                200,
                "categoryId=" + NAILS,
                "shownCategoryId=" + NAILS,
                "branchId=",
                "followUpOn=2026-12-02",
                "version=5");
        assertThat(sentJson("PATCH", TICKET_PATH))
                .isEqualTo(json("{\"categoryId\":null,\"branchId\":null,\"followUpOn\":\"2026-12-02\","
                        + "\"clear\":[\"branchId\"],\"version\":5}"));

        // An emptied follow-up date is cleared too.
        submit(
                "/tickets/" + TICKET_ID + "/fields",
                200,
                "categoryId=" + NAILS,
                "shownCategoryId=" + NAILS,
                "branchId=" + MONTREAL_BRANCH,
                "followUpOn=",
                "version=6");
        assertThat(sentJson("PATCH", TICKET_PATH))
                .isEqualTo(json("{\"categoryId\":null,\"branchId\":\"" + MONTREAL_BRANCH
                        + "\",\"followUpOn\":null,\"clear\":[\"followUpOn\"],\"version\":6}"));

        reply("POST", TICKET_PATH + "/close", 409, CONFLICT);
        Document refused = submit("/tickets/" + TICKET_ID + "/close", 409, "version=3");
        assertThat(testId(testId(refused, "form-close"), "conflict-message").text())
                .isNotBlank();
        assertThat(sentJson("POST", TICKET_PATH + "/close")).isEqualTo(json("{\"version\":3}"));
    }

    @Test
    void aClosedTicketOffersReopening() throws Exception {
        stubTicket();
        String closed = TICKET.replace("\"status\":\"WAITING_ON_STAFF\"", "\"status\":\"CLOSED\"")
                .replace("\"statusLabel\":\"En attente de la réponse de l'agent\"", "\"statusLabel\":\"Fermé\"");
        reply("POST", TICKET_PATH + "/reopen", 200, TICKET);
        reply("GET", TICKET_PATH, 200, closed);

        Document page =
                html(mvc.perform(get("/tickets/" + TICKET_ID).with(staff())).andReturn());
        assertThat(testId(page, "ticket-reopen").text()).isEqualTo("Rouvrir le billet");
        assertThat(testId(page, "ticket-status").hasClass("status-closed")).isTrue();

        Document answer = submit("/tickets/" + TICKET_ID + "/reopen", 200, "version=4");
        assertThat(sentJson("POST", TICKET_PATH + "/reopen")).isEqualTo(json("{\"version\":4}"));
        assertThat(testId(answer, "ticket-done").text()).isEqualTo("Billet rouvert : il attend la réponse de l'agent.");
    }

    @Test
    void seeMoreAppendsTheOlderMessagesOfTheNextPage() throws Exception {
        reply("GET", TICKET_PATH + "/messages", 200, OLDER);

        Document older = html(mvc.perform(get("/tickets/" + TICKET_ID + "/messages")
                        .queryParam("page", "1")
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(query(sent("GET", TICKET_PATH + "/messages"))).isEqualTo("page=1&size=5");
        assertThat(older.select("[data-testid=message]")).hasSize(1);
        assertThat(testId(older, "message-body").text()).isEqualTo("Billet ouvert.");
        assertThat(testId(older, "history-more").attr("hx-get"))
                .isEqualTo("/admin/tickets/" + TICKET_ID + "/messages?page=2");
    }

    @Test
    void whenTheListsAreDownTheTicketStillShowsAndCanBeAnswered() throws Exception {
        reply(
                "GET",
                TICKET_PATH,
                200,
                TICKET.replace(MESSAGES, "[]").replace("\"moreMessages\":true", "\"moreMessages\":false"));

        Document page = html(mvc.perform(
                        get("/tickets/" + TICKET_ID).queryParam("lang", "en").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "assignees-unavailable").text())
                .isEqualTo("The staff list is temporarily unavailable.");
        assertThat(testId(page, "history-none").text()).isEqualTo("No messages.");
        assertThat(page.select("[data-testid=reply-canned], [data-testid=history-more]"))
                .isEmpty();
        assertThat(testId(page, "reply-submit").text()).isEqualTo("Submit");
        assertThat(page.selectFirst("label[for=reply-internal]").text()).isEqualTo("Internal note");
    }

    @Test
    void onACallEveryMessageIsAnInternalNote() throws Exception {
        String callPath = "/api/tickets/" + TicketFixtures.CALL_ID;
        reply("GET", callPath, 200, TicketFixtures.NEW_CALL);
        reply("POST", callPath + "/messages", 201, sentMessage("<p>Rappelé</p>", "true"));

        Document page =
                html(mvc.perform(get("/tickets/" + TicketFixtures.CALL_ID).with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(testId(page, "ticket-staff-only").text())
                .isEqualTo("Appel consigné par le personnel : ce billet n'est jamais montré au client.");
        Element form = testId(page, "form-reply");
        assertThat(form.select("[data-testid=reply-internal]")).isEmpty();
        assertThat(form.selectFirst("input[type=hidden][name=internal]").val()).isEqualTo("true");
        assertThat(testId(form, "reply-internal-only").text()).startsWith("Ce billet est un appel consigné");
        assertThat(testId(page, "ticket-duration").text()).isEqualTo("12 minutes");

        submit("/tickets/" + TicketFixtures.CALL_ID + "/reply", 200, "body=Rappelé", "internal=true");
        assertThat(sentJson("POST", callPath + "/messages").get("internal").asBoolean())
                .isTrue();
    }

    @Test
    void anUnknownTicketIsTheFriendlyNotFoundAndClientsAreRefused() throws Exception {
        reply("GET", TICKET_PATH, 404, Pages.NOT_FOUND);

        Document page = html(mvc.perform(get("/tickets/" + TICKET_ID).with(staff()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
        services.resetRequests();
        mvc.perform(get("/tickets/" + TICKET_ID).with(Pages.client())).andExpect(status().isForbidden());
        mvc.perform(PortalIT.typed(post("/tickets/" + TICKET_ID + "/reply").with(Pages.client()), "body=Salut"))
                .andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }

    @Test
    void anIncidentCallLinksAdministratorsToItsRegisterEntry() throws Exception {
        String callPath = "/api/tickets/" + TicketFixtures.CALL_ID;
        reply(
                "GET",
                callPath,
                200,
                TicketFixtures.NEW_CALL.replace(
                        "\"type\":\"QUESTION\",\"typeLabel\":\"Question\"",
                        "\"type\":\"INCIDENT\",\"typeLabel\":\"Incident de confidentialité\""));
        reply("GET", "/api/incidents", 200, TicketFixtures.INCIDENTS);

        Document asAdmin =
                html(mvc.perform(get("/tickets/" + TicketFixtures.CALL_ID).with(Pages.admin()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(testId(asAdmin, "ticket-incident").attr("href"))
                .isEqualTo("/admin/incidents/" + TicketFixtures.INCIDENT_ID);
        assertThat(query(sent("GET", "/api/incidents"))).isEqualTo("clientId=" + FRANCIS_ID + "&page=0&size=100");

        services.resetRequests();
        Document asStaff =
                html(mvc.perform(get("/tickets/" + TicketFixtures.CALL_ID).with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(asStaff.select("[data-testid=ticket-incident]")).isEmpty();
        assertThat(calls("GET", "/api/incidents")).isEmpty();
    }
}
