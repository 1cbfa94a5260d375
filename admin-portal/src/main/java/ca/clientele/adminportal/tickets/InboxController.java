package ca.clientele.adminportal.tickets;

import ca.clientele.adminportal.branches.BranchDirectory;
import ca.clientele.adminportal.settings.TicketSettings;
import ca.clientele.adminportal.web.Fallback;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The staff inbox ("Billets"): every ticket and call, filtered (status, type, category, channel,
 * assignee or "non assigné", branch, client, creation dates), searched (ticket-service's keyed
 * token index: subjects, bodies, client names, numbers), sorted, counted per status, 20 a page.
 * A GET form that works without JavaScript; with htmx only the results are swapped.
 */
@Controller
class InboxController {

    private final TicketClient tickets;
    private final TicketSettings settings;
    private final BranchDirectory branches;

    InboxController(TicketClient tickets, TicketSettings settings, BranchDirectory branches) {
        this.tickets = tickets;
        this.settings = settings;
        this.branches = branches;
    }

    @GetMapping("/tickets")
    String inbox(
            @ModelAttribute("search") InboxSearch search,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("results", search.in(tickets));
        model.addAttribute("statuses", InboxSearch.STATUSES);
        model.addAttribute("types", InboxSearch.TYPES);
        model.addAttribute("channels", InboxSearch.CHANNELS);
        model.addAttribute("sorts", InboxSearch.SORTS);
        model.addAttribute("branches", branches.branches());
        settings.categories().ifPresent(categories -> model.addAttribute("categories", categories));
        Fallback.intoModel(model, "assignees", tickets::assignees);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx && !historyRestore ? "tickets/inbox :: results" : "tickets/inbox";
    }
}
