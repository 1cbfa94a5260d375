package ca.clientele.adminportal.notifications;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Notifications": the outbox of e-mails and SMS (queued, sent, failed, skipped), filtered by state, with a retry
 * button on a failed one; and each template previewed in French and English.
 */
@Controller
class NotificationController {

    static final List<String> STATES = List.of("QUEUED", "SENT", "FAILED", "SKIPPED");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final NotificationClient notifications;

    NotificationController(NotificationClient notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String outbox(
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Model model) {
        String filter = STATES.contains(state) ? state : null;
        model.addAttribute("state", filter);
        model.addAttribute("states", STATES);
        model.addAttribute("results", notifications.list(filter, Math.max(0, page), 20));
        return "notifications/outbox";
    }

    /** Post/redirect/get: the outbox of failed ones again, with the outcome. */
    @PostMapping("/notifications/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        notifications.retry(id);
        redirect.addFlashAttribute("requeued", true);
        redirect.addAttribute("state", "FAILED");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/templates")
    String templates(Model model) {
        model.addAttribute("templates", notifications.templates());
        return "notifications/templates";
    }

    @GetMapping("/notifications/templates/{template}")
    String preview(@PathVariable String template, @RequestParam(defaultValue = "fr") String language, Model model) {
        String lang = LANGUAGES.contains(language) ? language : "fr";
        model.addAttribute("preview", notifications.preview(template, lang));
        model.addAttribute("language", lang);
        return "notifications/preview";
    }
}
