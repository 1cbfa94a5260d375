package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.NOT_FOUND;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.clientele.webportal.RegistryStub.Received;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Mes messages against a stubbed ticket-service: the list (badges, relative dates, count, filters
 * passed through), "+ Nouveau ticket" (its errors next to their fields in French and English, the
 * exact JSON sent), a ticket's page (history newest first, files, "Voir plus"), the reply, closing
 * and reopening, and what the client sees when the service says no: someone else's ticket (404), a
 * suspended account (the reason, not a form).
 */
class MessagesIT extends PortalIntegration {

    static final String TICKETS = "/api/tickets";
    static final String TICKET_ID = "5f0c2b9e-1d3a-4e7b-9c1f-2a3b4c5d6e7f";
    static final String TICKET = TICKETS + "/" + TICKET_ID;
    static final String GENERAL = "0b6e2f7a-8c1d-4e3f-9a5b-6c7d8e9f0a1b";
    static final String NAILS = "1c7f3a8b-9d2e-4f4a-8b6c-7d8e9f0a1b2c";
    static final String HOME_VISITS = "2d8a4b9c-0e3f-4a5b-9c7d-8e9f0a1b2c3d";
    static final String DOCUMENT_ID = "3e9b5c0d-1f4a-4b6c-8d8e-9f0a1b2c3d4e";

    /** "Il y a 3 jours" whatever the day the test runs. */
    static final Instant THREE_DAYS_AGO =
            Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

    static final String LIST =
            """
            {"content":[
              {"id":"%s","number":78190,"status":"WAITING_ON_STAFF","statusLabel":"En attente de la réponse de l'agent",
               "subject":"Not Applicable","categoryId":"%s","categoryLabel":"Général","type":"MESSAGE","typeLabel":"Message",
               "channel":"PORTAL","channelLabel":"Portail","clientId":"%s","clientName":"Francis Marceau",
               "createdAt":"2026-04-20T10:53:41Z","updatedAt":"%s","visibleToClient":true},
              {"id":"6a1d3c0f-2e4b-4f8c-8d2a-3b4c5d6e7f80","number":35238,"status":"WAITING_ON_CLIENT",
               "statusLabel":"En attente de la réponse du client","subject":"Griffes de Biscuit","categoryId":"%s",
               "categoryLabel":"Taille des griffes","type":"MESSAGE","channel":"PORTAL","clientId":"%s",
               "createdAt":"2026-04-16T16:16:48Z","updatedAt":"2026-04-17T16:16:48Z","visibleToClient":true},
              {"id":"7b2e4d1a-3f5c-4a9d-9e3b-4c5d6e7f8091","number":49821,"status":"CLOSED","statusLabel":"Fermé",
               "subject":"Facture","categoryId":"%s","categoryLabel":"Général","type":"MESSAGE","channel":"PORTAL",
               "clientId":"%s","createdAt":"2026-03-02T19:06:13Z","updatedAt":"2026-03-03T19:06:13Z","visibleToClient":true}],
             "page":{"number":0,"size":20,"totalElements":5,"totalPages":1},
             "counts":{"WAITING_ON_STAFF":2,"WAITING_ON_CLIENT":2,"CLOSED":1}}
            """.formatted(TICKET_ID, GENERAL, FRANCIS_ID, THREE_DAYS_AGO, NAILS, FRANCIS_ID, GENERAL, FRANCIS_ID);

    static final String CATEGORIES = """
            [{"id":"%s","code":"general","label":"Général","labelFr":"Général","labelEn":"General","active":true,"version":0},
             {"id":"%s","code":"nail-trim","label":"Taille des griffes","active":true,"version":0}]
            """.formatted(GENERAL, NAILS);

    static final String SERVICE_OPTIONS = """
            [{"id":"%s","code":"home-visits","label":"Visites à domicile","active":true,"version":0},
             {"id":"4f0c6d1e-2a5b-4c7d-9e9f-0a1b2c3d4e5f","code":"nail-trim","label":"Taille des griffes","active":true,"version":0}]
            """.formatted(HOME_VISITS);

    static String ticket(String status, boolean canReply, boolean moreMessages) {
        return """
                {"id":"%s","number":78190,"status":"%s","statusLabel":"%s","subject":"Not Applicable",
                 "categoryId":"%s","categoryLabel":"Général","type":"MESSAGE","typeLabel":"Message","channel":"PORTAL",
                 "channelLabel":"Portail","clientId":"%s","clientName":"Francis Marceau",
                 "createdAt":"2026-04-20T10:53:41Z","updatedAt":"%s","visibleToClient":true,
                 "beneficiaries":["conjoint@exemple.ca"],"serviceOptions":[{"id":"%s","label":"Visites à domicile"}],
                 "canReply":%s,"moreMessages":%s,"version":3,
                 "messages":[
                   {"id":"8c3f5e2b-4a6d-4b0e-8f4c-5d6e7f8091a2","authorId":"9d4a6f3c-5b7e-4c1f-9a5d-6e7f8091a2b3",
                    "authorName":"Cynthia Lemay","authorRole":"STAFF","internal":false,"body":"<p>Salut <strong>Francis</strong></p>",
                    "bcc":[],"attachments":[{"documentId":"%s","name":"Soins des griffes.pdf","contentType":"application/pdf","size":1572864}],
                    "createdAt":"%s"},
                   {"id":"0e5b7a4d-6c8f-4d2a-8b6e-7f8091a2b3c4","authorId":"%s","authorName":"Francis Marceau",
                    "authorRole":"CLIENT","internal":false,"body":"<p>Allo</p>","bcc":["soeur@exemple.ca"],"attachments":[],
                    "createdAt":"2026-04-20T10:53:41Z"}]}
                """.formatted(
                        TICKET_ID,
                        status,
                        switch (status) {
                            case "WAITING_ON_STAFF" -> "En attente de la réponse de l'agent";
                            case "WAITING_ON_CLIENT" -> "En attente de la réponse du client";
                            default -> "Fermé";
                        },
                        GENERAL,
                        FRANCIS_ID,
                        THREE_DAYS_AGO,
                        HOME_VISITS,
                        canReply,
                        moreMessages,
                        DOCUMENT_ID,
                        THREE_DAYS_AGO,
                        FRANCIS_ID);
    }

    static final String OLDER = """
            {"content":[
              {"id":"1f6c8b5e-7d9a-4e3b-9c7f-8091a2b3c4d5","authorName":"Cynthia Lemay","authorRole":"STAFF","internal":false,
               "body":"<p>Bienvenue</p>","bcc":[],"attachments":[],"createdAt":"2026-04-10T10:00:00Z"}],
             "page":{"number":1,"size":5,"totalElements":11,"totalPages":3}}
            """;

    static final String REPLY_ANSWER = """
            {"id":"2a7d9c6f-8e0b-4f4c-8d8a-91a2b3c4d5e6","authorId":"%s","authorName":"Francis Marceau","authorRole":"CLIENT",
             "internal":false,"body":"<p>Merci</p>","bcc":[],"attachments":[],"createdAt":"2026-04-23T10:00:00Z"}
            """.formatted(FRANCIS_ID);

    @BeforeEach
    void signedIn() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
    }

    @Test
    void theListShowsEachTicketWithItsNumberStatusWordsCategoryAndHowLongAgoItChanged() throws Exception {
        backend.reply("GET", TICKETS, 200, LIST);

        Document page = page(get("/messages"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Liste des tickets");
        // Reachable from the sidebar (current page) and from the header's menu by the person icon.
        assertThat(testId(page, "nav-messages").attr("aria-current")).isEqualTo("page");
        assertThat(testId(page, "menu-messages").attr("href")).isEqualTo("/messages");
        assertThat(testId(page, "new-ticket").attr("href")).isEqualTo("/messages/nouveau");
        assertThat(testId(page, "ticket-count").text()).isEqualTo("5 Tickets");
        assertThat(page.select("table.tickets th").eachText())
                .containsExactly(
                        "IDENTIFIANT", "Statut", "Sujet", "Catégorie", "Date de création", "Date de mise à jour");

        Element first = testId(page, "ticket-row");
        assertThat(first.select("td").eachText())
                .containsExactly(
                        "#78190",
                        "● En attente de la réponse de l'agent",
                        "Not Applicable",
                        "Général",
                        // 10:53 UTC is 06:53 in Montreal (EDT).
                        "2026-04-20 06:53",
                        "Il y a 3 jours");
        assertThat(first.selectFirst("[data-testid=ticket-link]").attr("href")).isEqualTo("/messages/" + TICKET_ID);
        assertThat(first.selectFirst("time").attr("title")).isNotBlank();
        // Each status: its words, its mark and its colour class, never the colour alone.
        assertThat(page.select("[data-testid=ticket-status]").eachAttr("data-status"))
                .containsExactly("WAITING_ON_STAFF", "WAITING_ON_CLIENT", "CLOSED");
        assertThat(page.select("[data-testid=ticket-status]").eachAttr("class"))
                .containsExactly(
                        "status ticket-status ticket-status-staff",
                        "status ticket-status ticket-status-client",
                        "status ticket-status ticket-status-closed");
        assertThat(page.select("[data-testid=ticket-row]")
                        .get(1)
                        .select("td")
                        .get(1)
                        .text())
                .isEqualTo("◆ En attente de la réponse du client");
        // The status filter: "Tous" then each status with how many tickets it has.
        assertThat(testId(page, "ticket-status-filter").select("option").eachText())
                .containsExactly(
                        "Tous",
                        "En attente de la réponse de l'agent (2)",
                        "En attente de la réponse du client (2)",
                        "Fermé (1)");
        assertThat(testId(page, "ticket-order").selectFirst("option[selected]").text())
                .isEqualTo("Date de mise à jour (la plus récente d'abord)");

        // The client's own id; updated, newest first, by default; the client's token.
        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(TICKETS))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.query())
                            .isEqualTo("clientId=" + FRANCIS_ID + "&sort=updated&direction=desc&page=0&size=20");
                    assertThat(call.authorization()).isEqualTo("Bearer " + Pages.CLIENT_TOKEN);
                });
    }

    @Test
    void searchStatusOrderAndPageArePassedToTheServiceAndHtmxGetsOnlyTheResults() throws Exception {
        backend.reply(
                "GET",
                TICKETS,
                200,
                LIST.replace("\"totalPages\":1", "\"totalPages\":3")
                        .replace("\"number\":0,\"size\":20", "\"number\":1,\"size\":20"));

        Document results = page(
                get("/messages")
                        .header("HX-Request", "true")
                        .param("q", "  griffes ")
                        .param("status", "WAITING_ON_CLIENT")
                        .param("order", "created-asc")
                        .param("page", "1"),
                HttpStatus.OK);

        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(TICKETS))
                .extracting(Received::query)
                .containsExactly("clientId=" + FRANCIS_ID
                        + "&status=WAITING_ON_CLIENT&q=griffes&sort=created&direction=asc&page=1&size=20");
        // Only the swapped part: no sidebar, no filter form.
        assertThat(results.select("[data-testid=sidebar]")).isEmpty();
        assertThat(testId(results, "ticket-results")).isNotNull();
        // The pages keep the filters.
        Element pages = testId(results, "ticket-pages");
        assertThat(pages.select("input[type=hidden]").eachAttr("name")).containsExactly("q", "status", "order");
        assertThat(testId(pages, "ticket-previous").val()).isEqualTo("0");
        assertThat(testId(pages, "ticket-next").val()).isEqualTo("2");
        assertThat(testId(pages, "ticket-page").text()).isEqualTo("Page 2 sur 3");
    }

    @Test
    void aSearchTooWideToCountSaysMoreThanTheBoundAndPagesWithoutATotal() throws Exception {
        backend.reply(
                "GET",
                TICKETS,
                200,
                LIST.replace("\"totalElements\":5,\"totalPages\":1", "\"totalElements\":2000,\"totalPages\":100")
                        .replace(
                                "\"counts\":{\"WAITING_ON_STAFF\":2,\"WAITING_ON_CLIENT\":2,\"CLOSED\":1}",
                                "\"counts\":{},\"capped\":true"));

        Document page = page(get("/messages").param("q", "vous"), HttpStatus.OK);

        assertThat(testId(page, "ticket-count").text()).matches("Plus de 2\\h000 Tickets");
        assertThat(testId(page, "ticket-page").text()).isEqualTo("Page 1");
        assertThat(testId(page, "ticket-next").val()).isEqualTo("1");
        assertThat(page.select("option[value=CLOSED]").text()).isEqualTo("Fermé");
    }

    @Test
    void anUnknownStatusOrderOrPageFallsBackToTheDefaults() throws Exception {
        backend.reply("GET", TICKETS, 200, """
                {"content":[],"page":{"number":0,"size":20,"totalElements":0,"totalPages":0},"counts":{}}""");

        Document page = page(
                get("/messages")
                        .param("status", "OPEN")
                        .param("order", "subject")
                        .param("page", "deux"),
                HttpStatus.OK);

        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(TICKETS))
                .extracting(Received::query)
                .containsExactly("clientId=" + FRANCIS_ID + "&sort=updated&direction=desc&page=0&size=20");
        assertThat(testId(page, "ticket-count").text()).isEqualTo("Aucun ticket");
        assertThat(testId(page, "ticket-none").text()).startsWith("Vous n'avez encore aucun ticket.");
    }

    @Test
    void theNewTicketFormOffersTheCategoriesAndTheServicesAndSendsExactlyWhatWasTyped() throws Exception {
        backend.reply("GET", TICKETS + "/categories", 200, CATEGORIES);
        backend.reply("GET", TICKETS + "/service-options", 200, SERVICE_OPTIONS);
        backend.reply("POST", TICKETS, 201, ticket("WAITING_ON_STAFF", true, false));

        Document form = page(get("/messages/nouveau"), HttpStatus.OK);
        assertThat(testId(form, "new-categoryId").select("option").eachText())
                .containsExactly("Choisissez une catégorie", "Général", "Taille des griffes");
        assertThat(testId(form, "service-option-home-visits").val()).isEqualTo(HOME_VISITS);
        assertThat(testId(form, "new-body").parent().parent().hasAttr("data-rich-editor"))
                .isTrue();
        String ticketId = form.selectFirst("input[name=ticketId]").val();
        assertThat(testId(form, "new-attachments").attr("data-ticket-id")).isEqualTo(ticketId);
        assertThat(testId(form, "new-attachments").attr("data-client-id")).isEqualTo(FRANCIS_ID.toString());

        mvc.perform(post("/messages/nouveau")
                        .with(Pages.client())
                        .param("subject", "  Griffes de Biscuit ")
                        .param("categoryId", NAILS)
                        .param("serviceOptionIds", HOME_VISITS)
                        .param("beneficiaries", "conjoint@exemple.ca, soeur@exemple.ca")
                        .param("body", "<p>Bonjour <b>Cynthia</b></p>")
                        .param("ticketId", ticketId)
                        .param("attachments[0].documentId", DOCUMENT_ID)
                        .param("attachments[0].name", "Biscuit.jpg")
                        .param("attachments[0].contentType", "image/jpeg")
                        .param("attachments[0].size", "2048"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/messages/" + TICKET_ID + "?nouveau=true"));

        assertSent("POST", TICKETS, """
                {"id":"%s","clientId":"%s","subject":"Griffes de Biscuit","categoryId":"%s","serviceOptionIds":["%s"],
                 "beneficiaries":["conjoint@exemple.ca","soeur@exemple.ca"],"body":"<p>Bonjour <b>Cynthia</b></p>",
                 "bcc":[],"attachments":[{"documentId":"%s","name":"Biscuit.jpg","contentType":"image/jpeg","size":2048}]}
                """.formatted(ticketId, FRANCIS_ID, NAILS, HOME_VISITS, DOCUMENT_ID));
    }

    @Test
    void withHtmxTheOpenedTicketIsReachedThroughHxRedirect() throws Exception {
        backend.reply("POST", TICKETS, 201, ticket("WAITING_ON_STAFF", true, false));

        mvc.perform(htmxPost("/messages/nouveau")
                        .with(Pages.client())
                        .param("subject", "Griffes")
                        .param("categoryId", GENERAL)
                        .param("body", "Bonjour"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/messages/" + TICKET_ID + "?nouveau=true"));

        assertThat(Pages.sent("POST", TICKETS).get("serviceOptionIds").isEmpty())
                .isTrue();
        assertThat(Pages.sent("POST", TICKETS).get("attachments").isEmpty()).isTrue();
    }

    @Test
    void whatThePortalChecksIsShownNextToEachFieldWithWhatWasTypedAndNothingIsSent() throws Exception {
        backend.reply("GET", TICKETS + "/categories", 200, CATEGORIES);
        backend.reply("GET", TICKETS + "/service-options", 200, SERVICE_OPTIONS);

        Document form = page(
                htmxPost("/messages/nouveau")
                        .param("subject", " ")
                        .param("serviceOptionIds", HOME_VISITS)
                        .param("beneficiaries", "conjoint@exemple.ca, pas-une-adresse")
                        .param("body", "<p>Bonjour</p>")
                        .param("attachments[0].documentId", DOCUMENT_ID)
                        .param("attachments[0].name", "Biscuit.jpg")
                        .param("attachments[0].contentType", "image/jpeg")
                        .param("attachments[0].size", "2048"),
                HttpStatus.BAD_REQUEST);

        assertThat(form.getElementById("new-subject-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(form.getElementById("new-categoryId-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(testId(form, "new-categoryId").attr("aria-describedby")).isEqualTo("new-categoryId-error");
        assertThat(form.getElementById("new-beneficiaries-error").text())
                .isEqualTo("Entrez des adresses courriel valides, séparées par des virgules (au plus 10).");
        assertThat(testId(form, "new-beneficiaries").val()).isEqualTo("conjoint@exemple.ca, pas-une-adresse");
        assertThat(testId(form, "new-body").val()).isEqualTo("<p>Bonjour</p>");
        assertThat(testId(form, "service-option-home-visits").hasAttr("checked"))
                .isTrue();
        // The file already sent stays with the form.
        assertThat(testId(form, "attachment").text()).startsWith("Biscuit.jpg (2 Ko)");
        assertThat(form.selectFirst("input[name=attachments[0].documentId]").val())
                .isEqualTo(DOCUMENT_ID);
        assertThat(backend.received()).noneMatch(call -> call.method().equals("POST"));
    }

    @Test
    void theServicesFieldMessagesLandOnTheirBoxInEnglishToo() throws Exception {
        backend.reply("GET", TICKETS + "/categories", 200, CATEGORIES);
        backend.reply("GET", TICKETS + "/service-options", 200, SERVICE_OPTIONS);
        backend.reply("POST", TICKETS, 400, """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid request",
                 "errors":[{"field":"beneficiaries[1]","message":"must be a well-formed email address"},
                           {"field":"categoryId","message":"This category is not offered."}]}
                """);

        Document form = page(
                htmxPost("/messages/nouveau")
                        .param("lang", "en")
                        .param("subject", "Claws")
                        .param("categoryId", NAILS)
                        .param("beneficiaries", "a@exemple.ca, b@exemple.museum")
                        .param("body", "Hello"),
                HttpStatus.BAD_REQUEST);

        assertThat(form.getElementById("new-beneficiaries-error").text())
                .isEqualTo("must be a well-formed email address");
        assertThat(form.getElementById("new-categoryId-error").text()).isEqualTo("This category is not offered.");
        assertThat(testId(form, "form-errors").text()).startsWith("Please correct the fields shown.");
        assertThat(testId(form, "new-subject").val()).isEqualTo("Claws");
        assertThat(form.selectFirst("label[for=new-subject]").text()).isEqualTo("Subject *");
    }

    @Test
    void englishPortalMessagesForTheNewTicket() throws Exception {
        backend.reply("GET", TICKETS + "/categories", 200, CATEGORIES);
        backend.reply("GET", TICKETS + "/service-options", 200, SERVICE_OPTIONS);

        Document form = page(
                htmxPost("/messages/nouveau").param("lang", "en").param("beneficiaries", "nope"),
                HttpStatus.BAD_REQUEST);

        assertThat(form.getElementById("new-subject-error").text()).isEqualTo("This field is required.");
        assertThat(form.getElementById("new-beneficiaries-error").text())
                .isEqualTo("Enter valid e-mail addresses, separated by commas (at most 10).");
        assertThat(form.getElementById("new-body-error").text()).isEqualTo("This field is required.");
        assertThat(testId(form, "new-ticket-submit").text()).isEqualTo("Submit");
    }

    @Test
    void theTicketPageShowsItsBoxesAndItsHistoryNewestFirstWithFilesAndSeeMore() throws Exception {
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_STAFF", true, true));

        Document page = page(get("/messages/" + TICKET_ID), HttpStatus.OK);

        assertThat(testId(page, "ticket-title").text()).isEqualTo("[#78190] Not Applicable");
        assertThat(testId(page, "ticket-refresh").attr("href")).isEqualTo("/messages/" + TICKET_ID);
        Element copy = testId(page, "ticket-copy-url");
        assertThat(copy.attr("type")).isEqualTo("button");
        assertThat(copy.attr("data-url")).isEqualTo("/messages/" + TICKET_ID);
        assertThat(testId(page, "ticket-copy-status").attr("aria-live")).isEqualTo("polite");
        assertThat(testId(page, "box-status")
                        .selectFirst("[data-testid=ticket-status]")
                        .text())
                .isEqualTo("● En attente de la réponse de l'agent");
        assertThat(testId(page, "ticket-category").text()).isEqualTo("Général");
        assertThat(testId(page, "ticket-services").text()).isEqualTo("Visites à domicile");
        assertThat(testId(page, "ticket-beneficiaries").text()).isEqualTo("conjoint@exemple.ca");
        assertThat(testId(page, "close-form").selectFirst("input[name=version]").val())
                .isEqualTo("3");
        assertThat(page.select("[data-testid=ticket-reopen]")).isEmpty();

        // The reply: the editor, BCC, files, Soumettre.
        Element reply = testId(page, "reply-form");
        assertThat(reply.selectFirst("[data-rich-editor] textarea[name=body]").id())
                .isEqualTo("reply-body");
        assertThat(reply.selectFirst("label[for=reply-bcc]").text()).isEqualTo("BCC (liste séparée par des virgules)");
        assertThat(testId(reply, "reply-attachments").attr("data-ticket-id")).isEqualTo(TICKET_ID);
        assertThat(testId(reply, "reply-submit").text()).isEqualTo("Soumettre");

        var entries = page.select("[data-testid=history-entry]");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).selectFirst(".history-meta").text())
                .isEqualTo("Cynthia Lemay a répondu — Il y a 3 jours");
        // The service's sanitised HTML is rendered as HTML.
        assertThat(entries.get(0)
                        .selectFirst("[data-testid=history-body] p strong")
                        .text())
                .isEqualTo("Francis");
        Element file = entries.get(0).selectFirst("[data-testid=history-attachment]");
        assertThat(file.attr("href")).isEqualTo("/api/documents/" + DOCUMENT_ID + "/content");
        assertThat(file.text()).isEqualTo("Soins des griffes.pdf");
        assertThat(file.parent().text()).isEqualTo("Soins des griffes.pdf (1,5 Mo)");
        assertThat(entries.get(1).selectFirst("[data-testid=history-author]").text())
                .isEqualTo("Francis Marceau");
        assertThat(entries.get(1).selectFirst("[data-testid=history-when]").text())
                .isEqualTo("2026-04-20");
        assertThat(testId(entries.get(1), "history-bcc").text()).isEqualTo("BCC : soeur@exemple.ca");

        // A full page never moves the focus by itself (only "Voir plus" answered by htmx does).
        assertThat(page.select("[autofocus]")).isEmpty();
        Element more = testId(page, "history-more");
        assertThat(more.text()).isEqualTo("Voir plus");
        assertThat(more.attr("href")).isEqualTo("/messages/" + TICKET_ID + "?plus=1");
        assertThat(more.attr("hx-get")).isEqualTo("/messages/" + TICKET_ID + "/historique?page=1");
    }

    @Test
    void theTicketPageInEnglish() throws Exception {
        backend.reply("GET", TICKET, 200, ticket("CLOSED", true, true).replace("[\"conjoint@exemple.ca\"]", "[]"));

        Document page = page(get("/messages/" + TICKET_ID).param("lang", "en"), HttpStatus.OK);

        assertThat(testId(page, "history-entry").selectFirst(".history-meta").text())
                .isEqualTo("Cynthia Lemay replied — 3 days ago");
        assertThat(testId(page, "box-status").selectFirst("h2").text()).isEqualTo("Ticket status");
        assertThat(testId(page, "ticket-beneficiaries").text()).isEqualTo("Not applicable");
        assertThat(testId(page, "ticket-reopen").text()).isEqualTo("Reopen the ticket");
        assertThat(testId(page, "reply-submit").text()).isEqualTo("Submit");
        assertThat(testId(page, "ticket-copy-url").text()).isEqualTo("Copy the URL");
        assertThat(testId(page, "history-more").text()).isEqualTo("See more");
    }

    @Test
    void seeMoreWithHtmxBringsTheNextOlderMessagesAndTheNextSeeMore() throws Exception {
        backend.reply("GET", TICKET + "/messages", 200, OLDER);

        Document older = page(
                get("/messages/" + TICKET_ID + "/historique").param("page", "1").header("HX-Request", "true"),
                HttpStatus.OK);

        assertThat(older.select("[data-testid=history-entry]")).hasSize(1);
        assertThat(testId(older, "history-entry").hasAttr("autofocus")).isTrue();
        assertThat(testId(older, "history-body").text()).isEqualTo("Bienvenue");
        assertThat(testId(older, "history-more").attr("hx-get"))
                .isEqualTo("/messages/" + TICKET_ID + "/historique?page=2");
        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(TICKET + "/messages"))
                .extracting(Received::query)
                .containsExactly("page=1&size=5");
    }

    @Test
    void seeMoreWithoutJavaScriptShowsThePageWithOneMorePageOfMessages() throws Exception {
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_STAFF", true, true));
        backend.reply(
                "GET",
                TICKET + "/messages",
                200,
                OLDER.replace("\"number\":1,\"size\":5", "\"number\":0,\"size\":10")
                        .replace("\"totalPages\":3", "\"totalPages\":1"));

        Document page = page(get("/messages/" + TICKET_ID).param("plus", "1"), HttpStatus.OK);

        assertThat(backend.received())
                .filteredOn(call -> call.path().equals(TICKET + "/messages"))
                .extracting(Received::query)
                .containsExactly("page=0&size=10");
        assertThat(testId(page, "history-body").text()).isEqualTo("Bienvenue");
        assertThat(page.select("[data-testid=history-more]")).isEmpty();
    }

    @Test
    void aReplySendsExactlyTheMessageAndShowsTheTicketAsItNowIs() throws Exception {
        backend.reply("POST", TICKET + "/messages", 201, REPLY_ANSWER);
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_STAFF", true, false));

        // Sent: the answer is the whole ticket, which htmx is told to put in the form's stead.
        Document answer = Pages.html(mvc.perform(htmxPost("/messages/" + TICKET_ID)
                        .with(Pages.client())
                        .param("body", "<p>Merci <em>beaucoup</em></p>")
                        .param("bcc", "soeur@exemple.ca; frere@exemple.ca")
                        .param("attachments[0].documentId", DOCUMENT_ID)
                        .param("attachments[0].name", "Biscuit.jpg")
                        .param("attachments[0].contentType", "image/jpeg")
                        .param("attachments[0].size", "2048"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#ticket"))
                .andExpect(header().string("HX-Reswap", "outerHTML"))
                .andReturn());

        assertSent("POST", TICKET + "/messages", """
                {"body":"<p>Merci <em>beaucoup</em></p>","bcc":["soeur@exemple.ca","frere@exemple.ca"],
                 "attachments":[{"documentId":"%s","name":"Biscuit.jpg","contentType":"image/jpeg","size":2048}],
                 "internal":false}
                """.formatted(DOCUMENT_ID));
        assertThat(testId(answer, "ticket-notice").text()).isEqualTo("Votre message est envoyé.");
        // An empty form for the next reply; the ticket read again after the reply.
        assertThat(testId(answer, "reply-body").val()).isEmpty();
        assertThat(answer.select("[data-testid=attachment]")).isEmpty();
        assertThat(answer.select("[data-testid=sidebar]")).isEmpty();
        assertThat(backend.received())
                .extracting(Received::method, Received::path)
                .endsWith(org.assertj.core.groups.Tuple.tuple("GET", TICKET));
    }

    @Test
    void aPlainReplyIsRedirectedToTheTicketsPage() throws Exception {
        backend.reply("POST", TICKET + "/messages", 201, REPLY_ANSWER);

        mvc.perform(post("/messages/" + TICKET_ID).with(Pages.client()).param("body", "Merci"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/messages/" + TICKET_ID));

        assertThat(Pages.sent("POST", TICKET + "/messages").get("body").asString())
                .isEqualTo("Merci");
    }

    @Test
    void anEmptyReplyOrABadBccIsNotSentAndSaysWhy() throws Exception {
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_CLIENT", true, false));

        Document answer = page(
                htmxPost("/messages/" + TICKET_ID).param("body", "").param("bcc", "soeur@"), HttpStatus.BAD_REQUEST);

        assertThat(answer.getElementById("reply-body-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(answer.getElementById("reply-bcc-error").text())
                .isEqualTo("Entrez des adresses courriel valides, séparées par des virgules (au plus 20).");
        assertThat(testId(answer, "reply-bcc").val()).isEqualTo("soeur@");
        assertThat(answer.select("[data-testid=history]")).isEmpty();
        assertThat(backend.received()).noneMatch(call -> call.method().equals("POST"));
    }

    @Test
    void aReplyTheServiceCouldNotTakeStaysTypedWithTheUnavailableNotice() throws Exception {
        backend.reply("POST", TICKET + "/messages", 503, "{\"detail\":\"down\"}");

        Document form = page(
                htmxPost("/messages/" + TICKET_ID)
                        .param("body", "<p>Important</p>")
                        .param("bcc", "soeur@exemple.ca"),
                HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(testId(form, "unavailable-message").text()).startsWith("Le service ne répond pas pour le moment");
        assertThat(testId(form, "reply-body").val()).isEqualTo("<p>Important</p>");
        assertThat(testId(form, "reply-bcc").val()).isEqualTo("soeur@exemple.ca");
        // Only the form came back: the ticket was not asked for again.
        assertThat(backend.received())
                .noneMatch(call -> call.method().equals("GET") && call.path().equals(TICKET));
    }

    @Test
    void theClientClosesAndReopensTheirTicketWithTheVersionTheySaw() throws Exception {
        backend.reply("POST", TICKET + "/close", 200, ticket("CLOSED", true, false));

        Document closed = page(htmxPost("/messages/" + TICKET_ID + "/fermer").param("version", "3"), HttpStatus.OK);

        assertSent("POST", TICKET + "/close", "{\"version\":3}");
        assertThat(testId(closed, "ticket-notice").text()).startsWith("Le ticket est fermé.");
        assertThat(testId(closed, "ticket-status").text()).isEqualTo("✓ Fermé");
        assertThat(testId(closed, "ticket-reopen").text()).isEqualTo("Rouvrir le ticket");
        assertThat(closed.select("[data-testid=ticket-close]")).isEmpty();

        backend.reply("POST", TICKET + "/reopen", 200, ticket("WAITING_ON_STAFF", true, false));
        Document reopened = page(htmxPost("/messages/" + TICKET_ID + "/rouvrir").param("version", "4"), HttpStatus.OK);

        assertSent("POST", TICKET + "/reopen", "{\"version\":4}");
        assertThat(testId(reopened, "ticket-notice").text())
                .isEqualTo("Le ticket est rouvert : il attend la réponse de l'agent.");
        assertThat(testId(reopened, "ticket-close")).isNotNull();
    }

    @Test
    void closingFromAStalePageShowsTheTicketAsItIsNow() throws Exception {
        backend.reply("POST", TICKET + "/close", 409, """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"Modifié entre-temps"}""");
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_CLIENT", true, false));

        Document page = page(htmxPost("/messages/" + TICKET_ID + "/fermer").param("version", "2"), HttpStatus.CONFLICT);

        assertThat(testId(page, "conflict-message").text()).startsWith("Ce ticket a changé entre-temps");
        assertThat(testId(page, "ticket-status").attr("data-status")).isEqualTo("WAITING_ON_CLIENT");
        assertThat(testId(page, "close-form").selectFirst("input[name=version]").val())
                .isEqualTo("3");
    }

    @Test
    void anotherClientsTicketIsTheNotFoundPage() throws Exception {
        backend.reply("GET", TICKET, 404, NOT_FOUND);

        Document page = page(get("/messages/" + TICKET_ID), HttpStatus.NOT_FOUND);

        assertThat(testId(page, "error").attr("data-status")).isEqualTo("404");
        assertThat(page.select("[data-testid=ticket]")).isEmpty();
    }

    @Test
    void aSuspendedClientReadsTheirTicketAndIsToldWhyTheyCannotAnswer() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS.replace("\"ACTIVE\"", "\"SUSPENDED\""));
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_CLIENT", false, false));

        Document page = page(get("/messages/" + TICKET_ID), HttpStatus.OK);

        assertThat(page.select("[data-testid=reply-form]")).isEmpty();
        assertThat(testId(page, "reply-refused").text())
                .startsWith("Votre compte est suspendu : vous pouvez consulter vos tickets, mais pas écrire");
        assertThat(page.select("[data-testid=history-entry]")).hasSize(2);

        Document form = page(get("/messages/nouveau"), HttpStatus.OK);
        assertThat(form.select("[data-testid=new-ticket-form]")).isEmpty();
        assertThat(testId(form, "new-ticket-refused").text()).startsWith("Votre compte est suspendu");
    }

    @Test
    void theServicesRefusalOfASuspendedClientIsSaidInTheFormNotAsAnErrorPage() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS.replace("\"ACTIVE\"", "\"BANNED\""));
        backend.reply("POST", TICKET + "/messages", 403, """
                {"type":"about:blank","title":"Forbidden","status":403,"detail":"Votre compte est banni."}""");
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_CLIENT", true, false));

        Document answer = page(htmxPost("/messages/" + TICKET_ID).param("body", "<p>Allo</p>"), HttpStatus.FORBIDDEN);

        assertThat(testId(answer, "form-errors").text())
                .contains("Votre compte est banni : vous pouvez consulter vos tickets, mais plus y écrire.");
        assertThat(testId(answer, "reply-body").val()).isEqualTo("<p>Allo</p>");
    }
}
