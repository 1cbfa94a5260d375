package ca.clientele.webportal.messages;

import ca.clientele.platform.portal.ServiceConflictException;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.ticketservice.MessagePage;
import ca.clientele.webportal.ticketservice.MessageView;
import ca.clientele.webportal.ticketservice.TicketClient;
import ca.clientele.webportal.ticketservice.TicketView;
import ca.clientele.webportal.ticketservice.Version;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A ticket's page: "[#78190] subject", Rafraîchir, Copier l'URL, the reply (editor, BCC, files,
 * Soumettre), the boxes Statut du ticket / Champs du ticket / Bénéficiaires supplémentaires, the
 * history newest first with "Voir plus", Fermer / Rouvrir. Someone else's ticket is the 404 page
 * (the ticket-service answers 404). With htmx, a reply, a close or a reopen swaps the ticket part of
 * the page ({@code ticket :: ticket}; a refused reply only its form); a plain post is redirected to
 * the page after a success.
 */
@Controller
@ClientArea
class TicketController {

    /** How many messages the ticket-service puts in a ticket, and so the size of each "Voir plus". */
    static final int HISTORY_STEP = 5;

    private final TicketClient tickets;

    TicketController(TicketClient tickets) {
        this.tickets = tickets;
    }

    /** {@code plus}: older pages already asked for without JavaScript (the "Voir plus" link). */
    @GetMapping("/messages/{id}")
    String ticket(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int plus,
            @RequestParam(name = "nouveau", defaultValue = "false") boolean opened,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        model.addAttribute("replyForm", ReplyForm.empty());
        model.addAttribute("opened", opened);
        show(tickets.get(id), Math.max(plus, 0), client, model);
        return "ticket";
    }

    /** "Voir plus" with htmx: the next older messages, and the next "Voir plus" if there are more. */
    @GetMapping("/messages/{id}/historique")
    String older(
            @PathVariable UUID id,
            @RequestParam int page,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        MessagePage older = tickets.messages(id, Math.max(page, 1), HISTORY_STEP);
        model.addAttribute("ticketId", id);
        model.addAttribute("history", older.content());
        model.addAttribute("nextPage", older.page().hasNext() ? page + 1 : null);
        model.addAttribute("focusFirst", true);
        return "ticket :: older";
    }

    @PostMapping("/messages/{id}")
    String reply(
            @PathVariable UUID id,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @Valid @ModelAttribute("replyForm") ReplyForm form,
            BindingResult result,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            HttpServletResponse response,
            Model model) {
        Optional<MessageView> sent =
                TicketForms.submit(result, client, response, () -> tickets.reply(id, form.toRequest()));
        if (sent.isEmpty()) {
            if (htmx) {
                // Only the form: no second call to a service that may be down, nothing typed lost.
                model.addAttribute("ticketId", id);
                return "ticket :: reply-form";
            }
            show(tickets.get(id), 0, client, model);
            return "ticket";
        }
        if (!htmx) {
            return "redirect:/messages/" + id;
        }
        response.setHeader("HX-Retarget", "#ticket");
        response.setHeader("HX-Reswap", "outerHTML");
        model.addAttribute("notice", "tickets.reply.sent");
        ServiceForms.replace(model, "replyForm", ReplyForm.empty());
        // Read again: the status and the history now include the reply.
        show(tickets.get(id), 0, client, model);
        return "ticket :: ticket";
    }

    /** Fermer / Rouvrir: the version the page showed, so that a change made meanwhile is a 409. */
    @PostMapping("/messages/{id}/{action:fermer|rouvrir}")
    String closeOrReopen(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam long version,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            HttpServletResponse response,
            Model model) {
        boolean close = "fermer".equals(action);
        return change(
                id,
                client,
                htmx,
                response,
                model,
                close ? "tickets.closed" : "tickets.reopened",
                () -> close ? tickets.close(id, new Version(version)) : tickets.reopen(id, new Version(version)));
    }

    /** Close or reopen; a stale page (409) shows the ticket as it now is, with a notice. */
    private String change(
            UUID id,
            ClientRecord client,
            boolean htmx,
            HttpServletResponse response,
            Model model,
            String done,
            Supplier<TicketView> call) {
        TicketView ticket;
        try {
            ticket = call.get();
            if (!htmx) {
                return "redirect:/messages/" + id;
            }
            model.addAttribute("notice", done);
        } catch (ServiceConflictException changedMeanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            ticket = tickets.get(id);
        }
        model.addAttribute("replyForm", ReplyForm.empty());
        show(ticket, 0, client, model);
        return htmx ? "ticket :: ticket" : "ticket";
    }

    private void show(TicketView ticket, int plus, ClientRecord client, Model model) {
        List<MessageView> history = ticket.messages();
        boolean more = ticket.moreMessages();
        if (plus > 0 && more) {
            MessagePage pages = tickets.messages(ticket.id(), 0, HISTORY_STEP * (plus + 1));
            history = pages.content();
            more = pages.page().hasNext();
        }
        model.addAttribute("ticket", ticket);
        model.addAttribute("ticketId", ticket.id());
        model.addAttribute("history", history);
        // Pages of HISTORY_STEP messages: the ticket itself held page 0, "plus" more were shown.
        model.addAttribute("nextPage", more ? plus + 1 : null);
        model.addAttribute("refusal", TicketForms.refusal(client));
    }
}
