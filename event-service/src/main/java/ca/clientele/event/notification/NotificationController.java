package ca.clientele.event.notification;

import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff's view of the outbox of notifications, its retry button, and the templates' preview (issue 12). */
@RestController
@RequestMapping("/api/events/notifications")
@PreAuthorize("hasRole('staff')")
class NotificationController {

    /** A row as staff see it: no address (none is stored), the reason without personal data. */
    record NotificationView(
            UUID id,
            UUID clientId,
            String template,
            Channel channel,
            NotificationState state,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            String language,
            String subject,
            String triggerEventId,
            String triggerType,
            Instant createdAt,
            Instant sentAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(
                    n.id(),
                    n.clientId(),
                    n.template(),
                    n.channel(),
                    n.state(),
                    n.attempts(),
                    n.state() == NotificationState.QUEUED ? n.nextAttemptAt() : null,
                    n.lastError(),
                    n.language(),
                    n.subject(),
                    n.triggerEventId(),
                    n.triggerType(),
                    n.createdAt(),
                    n.sentAt());
        }
    }

    record PageInfo(int number, int size, long totalElements, int totalPages) {}

    record NotificationPage(List<NotificationView> content, PageInfo page) {}

    record TemplateView(
            String name, String category, boolean legallyRequired, List<Channel> channels, List<String> eventTypes) {}

    record Preview(String template, String language, String subject, String text, String html, String sms) {}

    /** Sample facts for the preview: what each placeholder of the templates may show. */
    static final Map<String, String> SAMPLE = Map.ofEntries(
            Map.entry("publicNumber", "78190"),
            Map.entry("number", "1515"),
            Map.entry("closesOn", "2026-12-14"),
            Map.entry("closesOn.format", "date"),
            Map.entry("start", "2026-12-08T21:30:00Z"),
            Map.entry("start.format", "datetime"),
            Map.entry("total", "40.24"),
            Map.entry("total.format", "money"),
            Map.entry("amount", "40.24"),
            Map.entry("amount.format", "money"),
            Map.entry("title", "Questionnaire de santé"));

    private final NotificationStore store;
    private final TriggerCatalog catalog;
    private final NotificationRenderer renderer;
    private final Clock clock;

    NotificationController(
            NotificationStore store, TriggerCatalog catalog, NotificationRenderer renderer, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.renderer = renderer;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The outbox of notifications, newest first, optionally by state or client")
    NotificationPage list(
            @RequestParam(required = false) NotificationState state,
            @RequestParam(required = false) UUID clientId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        long total = store.count(state, clientId);
        List<NotificationView> content = store.page(state, clientId, page, size).stream()
                .map(NotificationView::of)
                .toList();
        return new NotificationPage(content, new PageInfo(page, size, total, (int) ((total + size - 1) / size)));
    }

    @GetMapping("/{id}")
    NotificationView one(@PathVariable UUID id) {
        return store.find(id).map(NotificationView::of).orElseThrow(ResourceNotFoundException::new);
    }

    @PostMapping("/{id}/retry")
    @Operation(
            summary = "Puts a FAILED notification back in the queue (attempts start over)",
            description = "404 when the notification is unknown or not FAILED.")
    NotificationView retry(@PathVariable UUID id) {
        if (!store.requeue(id, clock.instant())) {
            throw new ResourceNotFoundException();
        }
        return one(id);
    }

    @GetMapping("/templates")
    @Operation(summary = "The templates and the event types that trigger them")
    List<TemplateView> templates() {
        return catalog.templates().stream()
                .map(t -> new TemplateView(
                        t.name(),
                        t.category().name(),
                        t.legallyRequired(),
                        t.channels().stream().sorted().toList(),
                        catalog.triggers().stream()
                                .filter(trigger -> trigger.template().equals(t))
                                .map(TriggerCatalog.Trigger::eventType)
                                .toList()))
                .toList();
    }

    @GetMapping("/templates/{template}/preview")
    @Operation(summary = "A template rendered with sample facts, in French or English")
    Preview preview(
            @PathVariable @Pattern(regexp = "[a-z-]{1,60}") String template,
            @RequestParam(defaultValue = "fr") @Pattern(regexp = "fr|en") String language) {
        if (!catalog.hasTemplate(template)) {
            throw new ResourceNotFoundException();
        }
        var rendered = renderer.render(template, language, "Francis", SAMPLE);
        return new Preview(template, language, rendered.subject(), rendered.text(), rendered.html(), rendered.sms());
    }
}
