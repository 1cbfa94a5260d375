package ca.clientele.adminportal.events;

import ca.clientele.adminportal.web.AdminRole;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Évènements" application: every event of the platform with its filters and CSV export, one
 * event in full ("En appuyant sur un évènement vous pouvez accéder à plus d'informations"), a
 * client's timeline filtered (the client page's section 3), and, for administrators, the check
 * of a client's hash chain.
 */
@Controller
class EventController {

    private final EventClient events;
    private final Timeline timeline;

    EventController(EventClient events, Timeline timeline) {
        this.events = events;
        this.timeline = timeline;
    }

    @GetMapping("/events")
    String list(@ModelAttribute("search") EventSearch search, Model model) {
        model.addAttribute("results", search.in(events, null, EventSearch.PAGE_SIZE));
        model.addAttribute("query", search.query(null));
        lists(model);
        return "events/list";
    }

    /** {@code client}: the record the event was opened from (the timeline links with it), for the way back. */
    @GetMapping("/events/{eventId}")
    String event(@PathVariable String eventId, @RequestParam(required = false) UUID client, Model model) {
        model.addAttribute("event", events.event(eventId));
        model.addAttribute("clientId", client);
        return "events/event";
    }

    /** The client page's timeline with its filters and pages: the fragment for htmx, else a page of its own. */
    @GetMapping("/clients/{id}/events")
    String clientTimeline(
            @PathVariable UUID id,
            @ModelAttribute("search") EventSearch search,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        model.addAttribute("timeline", timeline.of(id, search));
        model.addAttribute("clientId", id);
        lists(model);
        return htmx ? "events/timeline :: section" : "events/client-timeline";
    }

    @GetMapping("/clients/{id}/events/verification")
    String verification(@PathVariable UUID id, Model model) {
        AdminRole.require();
        model.addAttribute("verification", events.verification(id));
        model.addAttribute("clientId", id);
        return "events/timeline :: verification";
    }

    private static void lists(Model model) {
        model.addAttribute(
                "categories",
                AdminRole.isAdmin()
                        ? EventSearch.CATEGORIES
                        : EventSearch.CATEGORIES.subList(0, EventSearch.CATEGORIES.size() - 1));
        model.addAttribute("actors", EventSearch.ACTORS);
    }
}
