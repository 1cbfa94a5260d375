package ca.clientele.adminportal.invoices;

import ca.clientele.platform.portal.ServiceUnavailableException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A client's invoices and credit notes for the billing section of the client page: the section's fragment
 * ({@code clients/billing-invoices :: invoices(clientId)}) loads this list with htmx; without JavaScript its link opens
 * the same list as a page. Each document's PDF is a link through the gateway.
 */
@Controller
class ClientInvoicesController {

    static final int PAGE_SIZE = 10;

    private final InvoiceClient invoices;

    ClientInvoicesController(InvoiceClient invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/clients/{id}/invoices")
    String invoices(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        model.addAttribute("clientId", id);
        try {
            model.addAttribute("invoices", invoices.list(id, Math.max(page, 0), PAGE_SIZE));
        } catch (ServiceUnavailableException down) {
            model.addAttribute("invoicesUnavailable", true);
        }
        return htmx ? "clients/billing-invoices :: list" : "invoices/client-invoices";
    }
}
