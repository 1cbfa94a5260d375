package ca.clientele.webportal.messages;

import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.ticketservice.TicketClient;
import ca.clientele.webportal.ticketservice.TicketPage;
import ca.clientele.webportal.ticketservice.TicketView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Mes messages: the client's tickets ("Liste des tickets": search, status filter, order, pages) and
 * "+ Nouveau ticket". Every call names the signed-in client's own id; the ticket-service checks it
 * against the token.
 */
@Controller
@ClientArea
class MessagesController {

    static final int PAGE_SIZE = 20;

    private final TicketClient tickets;

    MessagesController(TicketClient tickets) {
        this.tickets = tickets;
    }

    /** The whole page, or (htmx: Appliquer, a page link) only the results it swaps. */
    @GetMapping("/messages")
    String list(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @ModelAttribute("filter") TicketFilter filter,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore,
            Model model) {
        TicketPage page = tickets.list(
                client.id(),
                filter.statusOrAll(),
                filter.q(),
                filter.sort(),
                filter.direction(),
                filter.pageOrFirst(),
                PAGE_SIZE);
        model.addAttribute("tickets", page);
        model.addAttribute("statuses", TicketFilter.STATUSES);
        model.addAttribute("orders", TicketFilter.ORDERS);
        // htmx restoring a page it no longer has in its history cache wants the whole page.
        return htmx && !restore ? "tickets :: results" : "tickets";
    }

    @GetMapping("/messages/nouveau")
    String newTicket(@ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        model.addAttribute("newTicketForm", NewTicketForm.empty());
        return form(client, model);
    }

    /** Opened: the ticket's page (htmx follows HX-Redirect); refused: the form, what was typed kept. */
    @PostMapping("/messages/nouveau")
    String open(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @Valid @ModelAttribute("newTicketForm") NewTicketForm form,
            BindingResult result,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            HttpServletResponse response,
            Model model) {
        Optional<TicketView> opened =
                TicketForms.submit(result, client, response, () -> tickets.open(form.toRequest(client.id())));
        if (opened.isPresent()) {
            String page = "/messages/" + opened.get().id() + "?nouveau=true";
            if (htmx) {
                // htmx goes to the page itself; the answer's body is only a link, should it not.
                response.setHeader("HX-Redirect", page);
                model.addAttribute("openedUrl", page);
                return "ticket-new :: opened";
            }
            return "redirect:" + page;
        }
        form(client, model);
        return htmx ? "ticket-new :: form" : "ticket-new";
    }

    /** The form's choices; a suspended or banned client gets the reason instead of a form. */
    private String form(ClientRecord client, Model model) {
        boolean blocked = TicketForms.blocked(client);
        model.addAttribute("categories", blocked ? List.of() : tickets.categories());
        model.addAttribute("serviceOptions", blocked ? List.of() : tickets.serviceOptions());
        model.addAttribute("blocked", blocked);
        model.addAttribute("refusal", TicketForms.refusal(client));
        return "ticket-new";
    }
}
