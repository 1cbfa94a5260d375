package ca.clientele.adminportal.tickets;

import ca.clientele.adminportal.branches.BranchDirectory;
import ca.clientele.adminportal.incidents.RegisterEntries;
import ca.clientele.adminportal.settings.CannedReply;
import ca.clientele.adminportal.settings.TicketSettings;
import ca.clientele.adminportal.web.Fallback;
import ca.clientele.adminportal.web.ServicePage;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A ticket as staff work on it: "[#78190] subject", the client, status and fields, assignment,
 * category/branch/follow-up, the reply editor (public reply or internal note, canned replies, BCC,
 * attachments) and the history newest first with "Voir plus". Every action answers the ticket's
 * body again, read back from ticket-service (the status and the version change), with the outcome
 * in the form that was sent: with htmx that body alone, without JavaScript the whole page.
 */
@Controller
class TicketPageController {

    private static final String HTMX = "HX-Request";
    /** As many older messages per "Voir plus" as the ticket's view has newest ones. */
    static final int HISTORY_PAGE = 5;

    private final TicketClient tickets;
    private final TicketSettings settings;
    private final BranchDirectory branches;
    private final RegisterEntries register;
    private final MessageSource messages;

    TicketPageController(
            TicketClient tickets,
            TicketSettings settings,
            BranchDirectory branches,
            RegisterEntries register,
            MessageSource messages) {
        this.tickets = tickets;
        this.settings = settings;
        this.branches = branches;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable UUID id, Model model) {
        return answer(id, false, model);
    }

    /** "Voir plus": the next older messages (htmx appends them), or a page of the history without JavaScript. */
    @GetMapping("/tickets/{id}/messages")
    String older(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        int number = Math.max(page, 1);
        ServicePage<MessageView> older = tickets.messages(id, number, HISTORY_PAGE);
        model.addAttribute("ticketId", id);
        model.addAttribute("older", older);
        model.addAttribute("nextPage", older.page().hasNext() ? number + 1 : null);
        if (htmx) {
            return "tickets/ticket :: older";
        }
        model.addAttribute("ticket", tickets.ticket(id));
        return "tickets/history";
    }

    @PostMapping("/tickets/{id}/reply")
    String reply(
            @PathVariable UUID id,
            @Valid @ModelAttribute ReplyForm replyForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        replyForm.checkBcc(binding);
        ServiceForms.submit(binding, () -> tickets.reply(id, replyForm.toMessage()))
                .ifPresent(sent -> {
                    done(model, sent.internal() ? "tickets.done.note" : "tickets.done.reply");
                    ServiceForms.replace(model, "replyForm", ReplyForm.blank());
                });
        return answer(id, htmx, model);
    }

    /**
     * "Insérer" without JavaScript (tickets.js inserts in the editor itself): the chosen canned
     * reply, in the staff member's language, after what was typed. Nothing is sent.
     */
    @PostMapping("/tickets/{id}/reply/canned")
    String insertCanned(
            @PathVariable UUID id,
            @ModelAttribute ReplyForm replyForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<CannedReply> chosen = settings.cannedReplies().orElse(List.of()).stream()
                .filter(reply -> reply.id().equals(replyForm.canned()))
                .findFirst();
        chosen.ifPresent(reply -> ServiceForms.replace(model, "replyForm", replyForm.withInserted(reply.body())));
        return answer(id, htmx, model);
    }

    @PostMapping("/tickets/{id}/assignee")
    String assign(
            @PathVariable UUID id,
            @ModelAttribute("assignForm") TicketForms.Assign assignForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        ServiceForms.submit(binding, () -> tickets.assign(id, assignForm.toAssignment()))
                .ifPresent(assigned -> {
                    if (assigned.summary().assigneeName() == null) {
                        done(model, "tickets.done.unassigned");
                    } else {
                        done(model, "tickets.done.assigned", assigned.summary().assigneeName());
                    }
                    ServiceForms.replace(model, "assignForm", TicketForms.Assign.of(assigned));
                });
        return answer(id, htmx, model);
    }

    @PostMapping("/tickets/{id}/fields")
    String fields(
            @PathVariable UUID id,
            @ModelAttribute("fieldsForm") TicketForms.Fields fieldsForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        ServiceForms.submit(binding, () -> tickets.change(id, fieldsForm.toChange()))
                .ifPresent(changed -> {
                    done(model, "tickets.done.fields");
                    ServiceForms.replace(model, "fieldsForm", TicketForms.Fields.of(changed));
                });
        return answer(id, htmx, model);
    }

    /** "Fermer le billet" / "Rouvrir le billet" (a reopened ticket waits on staff). */
    @PostMapping("/tickets/{id}/{action:close|reopen}")
    String changeStatus(
            @PathVariable UUID id,
            @PathVariable String action,
            @ModelAttribute("statusForm") TicketForms.StatusChange statusForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        boolean close = action.equals("close");
        ServiceForms.submit(
                        binding,
                        () -> close
                                ? tickets.close(id, statusForm.toVersion())
                                : tickets.reopen(id, statusForm.toVersion()))
                .ifPresent(changed ->
                        statusChanged(model, changed, close ? "tickets.done.closed" : "tickets.done.reopened"));
        return answer(id, htmx, model);
    }

    private void statusChanged(Model model, TicketView ticket, String key) {
        done(model, key);
        ServiceForms.replace(model, "statusForm", TicketForms.StatusChange.of(ticket));
    }

    /**
     * The ticket read back, each form as stored unless it is the one just refused (kept as typed),
     * and what its selects offer; each list degrades to the stored value when its service fails.
     */
    private String answer(UUID id, boolean htmx, Model model) {
        TicketView ticket = tickets.ticket(id);
        model.addAttribute("ticket", ticket);
        addIfAbsent(model, "replyForm", ReplyForm.blank());
        addIfAbsent(model, "assignForm", TicketForms.Assign.of(ticket));
        addIfAbsent(model, "fieldsForm", TicketForms.Fields.of(ticket));
        addIfAbsent(model, "statusForm", TicketForms.StatusChange.of(ticket));
        Fallback.intoModel(model, "assignees", tickets::assignees);
        settings.categories().ifPresent(categories -> model.addAttribute("categories", categories));
        settings.cannedReplies().ifPresent(replies -> model.addAttribute("cannedReplies", replies));
        model.addAttribute("branches", branches.branches());
        if ("INCIDENT".equals(ticket.summary().type())) {
            register.entryOf(ticket.summary().clientId(), id)
                    .ifPresent(entry -> model.addAttribute("incidentEntry", entry));
        }
        return htmx ? "tickets/ticket :: ticket-body" : "tickets/ticket";
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private void done(Model model, String key, Object... args) {
        model.addAttribute("done", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
