package ca.clientele.webportal;

import static ca.clientele.webportal.MessagesIT.CATEGORIES;
import static ca.clientele.webportal.MessagesIT.HOME_VISITS;
import static ca.clientele.webportal.MessagesIT.NAILS;
import static ca.clientele.webportal.MessagesIT.OLDER;
import static ca.clientele.webportal.MessagesIT.REPLY_ANSWER;
import static ca.clientele.webportal.MessagesIT.SERVICE_OPTIONS;
import static ca.clientele.webportal.MessagesIT.TICKET;
import static ca.clientele.webportal.MessagesIT.TICKETS;
import static ca.clientele.webportal.MessagesIT.TICKET_ID;
import static ca.clientele.webportal.MessagesIT.ticket;
import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.assertSent;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mes messages in Chromium ({@link BrowserIntegration}): the rich-text editor, upload.js's
 * attachments, htmx and messages.js on the portal's own pages against the stubbed ticket-service,
 * and a WCAG 2.1 AA audit of each page.
 */
class MessagesBrowserIT extends BrowserIntegration {

    private static final String DOCUMENT_A = "a1a1a1a1-1111-4111-8111-111111111111";
    private static final String DOCUMENT_B = "b2b2b2b2-2222-4222-8222-222222222222";

    @BeforeEach
    void signedIn() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
    }

    @Test
    void aClientOpensATicketWithAFormattedMessageAndAFileAndLandsOnIt() {
        backend.reply("GET", TICKETS + "/categories", 200, CATEGORIES);
        backend.reply("GET", TICKETS + "/service-options", 200, SERVICE_OPTIONS);
        backend.reply("POST", TICKETS, 201, ticket("WAITING_ON_STAFF", true, false));
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_STAFF", true, false));

        page.navigate(BASE + "/messages/nouveau");
        page.getByTestId("new-subject").fill("Griffes de Biscuit");
        page.getByTestId("new-categoryId").selectOption(NAILS);
        page.getByTestId("service-option-home-visits").check();
        page.getByTestId("new-body-editor").click();
        page.keyboard().type("Bonjour ");
        page.keyboard().press("Control+b");
        page.keyboard().type("Cynthia");

        uploadAnswers.add(document(DOCUMENT_A, "Biscuit.pdf", "application/pdf", 8));
        uploadAnswers.add(document(DOCUMENT_B, "Griffes.jpg", "image/jpeg", 2048));
        page.getByTestId("new-files").setInputFiles(new FilePayload[] {
            new FilePayload("Biscuit.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)),
            new FilePayload("Griffes.jpg", "image/jpeg", new byte[2048])
        });
        PlaywrightAssertions.assertThat(page.getByTestId("attachment")).hasCount(2);
        PlaywrightAssertions.assertThat(page.getByTestId("new-files-status")).hasText("Griffes.jpg est joint.");
        // Each file went to the document-service as an attachment of this form's ticket id, file last; the ticket is
        // then opened with that same id.
        String ticketId = page.locator("input[name=ticketId]").inputValue();
        assertThat(uploads)
                .hasSize(2)
                .allSatisfy(body -> assertThat(body)
                        .containsSubsequence(
                                "name=\"clientId\"",
                                FRANCIS_ID.toString(),
                                "name=\"purpose\"",
                                "ATTACHMENT",
                                "name=\"ticketId\"",
                                ticketId,
                                "name=\"file\""));

        // Taken off again: the other one becomes attachments[0].
        page.getByTestId("attachment-remove").first().click();
        PlaywrightAssertions.assertThat(page.getByTestId("attachment")).hasCount(1);
        assertThat(page.locator("[data-testid=attachment] input[type=hidden]")
                        .evaluateAll("inputs => inputs.map(input => input.name + '=' + input.value)"))
                .isEqualTo(List.of(
                        "attachments[0].documentId=" + DOCUMENT_B,
                        "attachments[0].name=Griffes.jpg",
                        "attachments[0].contentType=image/jpeg",
                        "attachments[0].size=2048"));

        page.getByTestId("new-ticket-submit").click();
        page.waitForURL(BASE + "/messages/" + TICKET_ID + "?nouveau=true");

        PlaywrightAssertions.assertThat(page.getByTestId("ticket-opened")).isVisible();
        assertSent("POST", TICKETS, """
                {"id":"%s","clientId":"%s","subject":"Griffes de Biscuit","categoryId":"%s","serviceOptionIds":["%s"],
                 "beneficiaries":[],"body":"<p>Bonjour <b>Cynthia</b></p>","bcc":[],
                 "attachments":[{"documentId":"%s","name":"Griffes.jpg","contentType":"image/jpeg","size":2048}]}
                """.formatted(ticketId, FRANCIS_ID, NAILS, HOME_VISITS, DOCUMENT_B));
    }

    @Test
    void onTheTicketTheClientCopiesItsAddressSeesOlderMessagesRepliesAndClosesIt() {
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_CLIENT", true, true));
        backend.reply("GET", TICKET + "/messages", 200, OLDER);

        page.navigate(BASE + "/messages/" + TICKET_ID);

        page.getByTestId("ticket-copy-url").click();
        PlaywrightAssertions.assertThat(page.getByTestId("ticket-copy-status"))
                .hasText("L'adresse du ticket est copiée.");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(BASE + "/messages/" + TICKET_ID);

        // "Voir plus": the older message joins the history and gets the focus; the next "Voir plus" follows.
        page.getByTestId("history-more").click();
        PlaywrightAssertions.assertThat(page.getByTestId("history-entry")).hasCount(3);
        assertThat(page.evaluate("document.activeElement.getAttribute('data-testid')"))
                .isEqualTo("history-entry");
        assertThat(page.getByTestId("history-more").getAttribute("hx-get")).endsWith("/historique?page=2");

        backend.reply("POST", TICKET + "/messages", 201, REPLY_ANSWER);
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_STAFF", true, false));
        page.getByTestId("reply-body-editor").click();
        page.keyboard().type("Merci");
        page.getByTestId("reply-bcc").fill("soeur@exemple.ca");
        page.getByTestId("reply-submit").click();

        PlaywrightAssertions.assertThat(page.getByTestId("ticket-notice")).hasText("Votre message est envoyé.");
        assertSent("POST", TICKET + "/messages", """
                {"body":"<p>Merci</p>","bcc":["soeur@exemple.ca"],"attachments":[],"internal":false}""");
        // The swapped-in form has its editor again, empty.
        PlaywrightAssertions.assertThat(page.getByTestId("reply-body-editor")).isEmpty();

        backend.reply("POST", TICKET + "/close", 200, ticket("CLOSED", true, false));
        page.getByTestId("ticket-close").click();

        PlaywrightAssertions.assertThat(page.getByTestId("ticket-reopen")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("[data-testid=box-status] [data-testid=ticket-status]"))
                .hasText("✓ Fermé");
        assertSent("POST", TICKET + "/close", "{\"version\":3}");
    }

    @Test
    void theListTheFormAndTheTicketMeetWcag21AA() {
        backend.reply("GET", TICKETS, 200, MessagesIT.LIST);
        backend.reply("GET", TICKETS + "/categories", 200, CATEGORIES);
        backend.reply("GET", TICKETS + "/service-options", 200, SERVICE_OPTIONS);
        backend.reply("GET", TICKET, 200, ticket("WAITING_ON_CLIENT", true, true));

        page.navigate(BASE + "/messages");
        audit();
        page.navigate(BASE + "/messages/nouveau");
        // With its errors shown next to the fields.
        page.getByTestId("new-ticket-submit").click();
        PlaywrightAssertions.assertThat(page.getByTestId("form-errors")).isVisible();
        audit();
        page.navigate(BASE + "/messages/" + TICKET_ID);
        audit();
    }

    /** The document-service's answer to an attachment's upload. */
    private static String document(String id, String name, String contentType, long size) {
        return """
                {"id":"%s","clientId":"%s","purpose":"ATTACHMENT","name":"%s","contentType":"%s","size":%d,
                 "visibility":"CLIENT_VISIBLE","image":false}""".formatted(id, FRANCIS_ID, name, contentType, size);
    }
}
