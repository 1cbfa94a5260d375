package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.client;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** "Notifications": event-service's outbox of notifications with its retry button, and the templates' preview. */
class NotificationsIT extends PortalIT {

    static final String FAILED_ID = "5b1f0c2e-8d4a-4e6b-9c3f-2a7d1e0b9f41";
    static final String API = "/api/events/notifications";

    static final String PAGE = """
            {"content":[
              {"id":"%s","clientId":"c0000000-0000-0000-0000-000000000001","template":"ticket-reply","channel":"EMAIL",
               "state":"FAILED","attempts":6,"nextAttemptAt":null,"lastError":"SMTP failed (MailSendException)",
               "language":"fr","subject":"Nouvelle réponse à votre demande n° 78190",
               "triggerEventId":"0f8e2a47-5c1d-4b3e-9f60-7a2d8c4e1b95","triggerType":"ca.clientele.ticket.message-added",
               "createdAt":"2026-11-24T15:00:00Z","sentAt":null},
              {"id":"7c2e1d3f-9a4b-4c5d-8e6f-1a2b3c4d5e6f","clientId":"c0000000-0000-0000-0000-000000000001",
               "template":"welcome","channel":"EMAIL","state":"SENT","attempts":1,"nextAttemptAt":null,"lastError":null,
               "language":"fr","subject":"Bienvenue dans votre compte client",
               "triggerEventId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","triggerType":"ca.clientele.client.client-registered",
               "createdAt":"2026-11-24T14:00:00Z","sentAt":"2026-11-24T14:00:05Z"}],
             "page":{"number":0,"size":20,"totalElements":2,"totalPages":1}}
            """.formatted(FAILED_ID);

    @Test
    void theOutboxListsNotificationsWithTheirStateAndReasonAndIsInTheMenu() throws Exception {
        reply("GET", API, 200, PAGE);

        Document page = html(
                mvc.perform(get("/notifications").queryParam("state", "FAILED").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(sent("GET", API).getUrl())
                .contains("state=FAILED")
                .contains("page=0")
                .contains("size=20");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Notifications");
        assertThat(testId(page, "menu-notifications").attr("href")).isEqualTo("/admin/notifications");
        assertThat(page.select("[data-testid=notification-row]")).hasSize(2);
        Element failed = page.select("[data-testid=notification-row]").first();
        assertThat(testId(failed, "notification-state").text()).isEqualTo("En échec");
        assertThat(testId(failed, "notification-error").text()).isEqualTo("SMTP failed (MailSendException)");
        assertThat(testId(failed, "notification-retry").text()).isEqualTo("Réessayer");
        assertThat(failed.selectFirst("form").attr("action")).isEqualTo("/admin/notifications/" + FAILED_ID + "/retry");
        assertThat(failed.selectFirst("form input[name=_csrf]")).isNotNull();
        Element sentRow = page.select("[data-testid=notification-row]").get(1);
        assertThat(testId(sentRow, "notification-state").text()).isEqualTo("Envoyée");
        assertThat(sentRow.select("[data-testid=notification-retry]")).isEmpty();
        assertThat(testId(page, "notifications-state")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("FAILED");
    }

    @Test
    void retryRequeuesAFailedNotificationThenShowsTheFailedOnes() throws Exception {
        reply("POST", API + "/" + FAILED_ID + "/retry", 200, """
                {"id":"%s","clientId":"c0000000-0000-0000-0000-000000000001","template":"ticket-reply",
                 "channel":"EMAIL","state":"QUEUED","attempts":0,"nextAttemptAt":"2026-11-25T14:00:00Z",
                 "lastError":"SMTP failed (MailSendException)","language":"fr","subject":null,
                 "triggerEventId":"x","triggerType":"ca.clientele.ticket.message-added",
                 "createdAt":"2026-11-24T15:00:00Z","sentAt":null}""".formatted(FAILED_ID));

        mvc.perform(post("/notifications/" + FAILED_ID + "/retry").with(staff()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/notifications?state=FAILED"));
        // CSRF is the gateway's (the form carries its token: see the outbox test).
        assertThat(calls("POST", API + "/" + FAILED_ID + "/retry")).hasSize(1);
    }

    @Test
    void eachTemplateIsPreviewedInFrenchAndEnglish() throws Exception {
        reply("GET", API + "/templates", 200, """
                [{"name":"welcome","category":"TRANSACTIONAL","legallyRequired":false,"channels":["EMAIL"],
                  "eventTypes":["ca.clientele.client.client-registered"]},
                 {"name":"refund-issued","category":"TRANSACTIONAL","legallyRequired":true,"channels":["EMAIL"],
                  "eventTypes":["ca.clientele.billing.order-refunded"]}]""");
        reply("GET", API + "/templates/welcome/preview", 200, """
                {"template":"welcome","language":"en","subject":"Welcome to your client account",
                 "text":"Welcome!\\n\\nHello Francis,","html":"<html><body><h1>Welcome!</h1></body></html>",
                 "sms":"Welcome! — Clientèle"}""");

        Document list = html(mvc.perform(get("/notifications/templates").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("[data-testid=template-row]")).hasSize(2);
        assertThat(testId(list, "template-preview-en").attr("href"))
                .isEqualTo("/admin/notifications/templates/welcome?language=en");

        Document preview = html(mvc.perform(get("/notifications/templates/welcome")
                        .queryParam("language", "en")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(sent("GET", API + "/templates/welcome/preview").getUrl()).endsWith("language=en");
        assertThat(testId(preview, "preview-subject").text()).isEqualTo("Welcome to your client account");
        assertThat(testId(preview, "preview-text").text()).contains("Hello Francis,");
        assertThat(testId(preview, "preview-html").attr("srcdoc")).contains("<h1>Welcome!</h1>");
        assertThat(testId(preview, "preview-html").hasAttr("sandbox")).isTrue();
        assertThat(testId(preview, "preview-en").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void aClientIsRefused() throws Exception {
        mvc.perform(get("/notifications").with(client())).andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }
}
