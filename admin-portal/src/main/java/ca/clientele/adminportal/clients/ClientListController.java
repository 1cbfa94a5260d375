package ca.clientele.adminportal.clients;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The client list: one search box, status and branch filters, pages; htmx live search gets the
 * results fragment only. Without booking-service the branch filter is hidden, the list still works.
 */
@Controller
class ClientListController {

    private final RegistryClient registry;
    private final ClientPage page;

    ClientListController(RegistryClient registry, ClientPage page) {
        this.registry = registry;
        this.page = page;
    }

    @GetMapping("/clients")
    String list(
            @ModelAttribute("search") ClientSearch search,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("statuses", List.of(ClientStatus.values()));
        model.addAttribute("results", search.in(registry));
        // The rows name each client's preferred branch, so the fragment needs them too.
        model.addAttribute("branches", page.branches());
        // Same URL, two representations: caches must tell the fragment from the page.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // A history restore after a cache miss needs the whole page, not the fragment.
        return htmx && !historyRestore ? "clients/list :: results" : "clients/list";
    }
}
