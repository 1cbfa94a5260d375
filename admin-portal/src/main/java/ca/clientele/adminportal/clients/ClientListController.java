package ca.clientele.adminportal.clients;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client list: one search box, status and branch filters, pages; htmx live search gets the
 * results fragment only. Without booking-service the branch filter is hidden, the list still works.
 */
@Controller
class ClientListController {

    private final RegistryClient registry;
    private final BookingClient booking;

    ClientListController(RegistryClient registry, BookingClient booking) {
        this.registry = registry;
        this.booking = booking;
    }

    @GetMapping("/clients")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String branch,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model,
            HttpServletResponse response) {
        ClientSearch search = ClientSearch.of(q, status, branch, page);
        model.addAttribute("q", search.q());
        model.addAttribute("status", search.statusCode());
        model.addAttribute("branch", search.branchId());
        model.addAttribute("statuses", List.of(ClientStatus.values()));
        model.addAttribute("results", registry.search(search));
        // The rows name each client's preferred branch, so the fragment needs them too.
        model.addAttribute("branches", booking.branches());
        // Same URL, two representations: caches must tell the fragment from the page.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // A history restore after a cache miss needs the whole page, not the fragment.
        return htmx && !historyRestore ? "clients/list :: results" : "clients/list";
    }
}
