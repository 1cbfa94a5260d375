package ca.clientele.adminportal.notifications;

import ca.clientele.adminportal.web.ServicePage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** event-service's outbox of notifications and its templates (issue 12), staff only. */
@HttpExchange("/api/events/notifications")
interface NotificationClient {

    @GetExchange
    ServicePage<NotificationRow> list(
            @RequestParam(required = false) String state, @RequestParam int page, @RequestParam int size);

    /** A FAILED notification back in the queue; 404 when it is not (or no longer) FAILED. */
    @PostExchange("/{id}/retry")
    void retry(@PathVariable UUID id);

    @GetExchange("/templates")
    List<TemplateRow> templates();

    @GetExchange("/templates/{template}/preview")
    Preview preview(@PathVariable String template, @RequestParam String language);

    record NotificationRow(
            UUID id,
            UUID clientId,
            String template,
            String channel,
            String state,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            String language,
            String subject,
            String triggerEventId,
            String triggerType,
            Instant createdAt,
            Instant sentAt) {}

    record TemplateRow(
            String name, String category, boolean legallyRequired, List<String> channels, List<String> eventTypes) {}

    record Preview(String template, String language, String subject, String text, String html, String sms) {}
}
