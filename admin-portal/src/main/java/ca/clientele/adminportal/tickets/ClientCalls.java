package ca.clientele.adminportal.tickets;

import ca.clientele.adminportal.web.Fallback;
import ca.clientele.platform.portal.ServiceForms;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Call tracking in section 3 of a client's page ("Suivi d'appel"): the client's tickets and calls,
 * newest activity first, and the "Nouvel appel" form. The list degrades to a notice when
 * ticket-service fails, so the rest of the client page still works.
 */
@Component
public class ClientCalls {

    /** The most recent tickets shown on the client page; the inbox filtered on the client has them all. */
    static final int SIZE = 10;

    private final TicketClient tickets;

    ClientCalls(TicketClient tickets) {
        this.tickets = tickets;
    }

    /** The list and the form (left as it is when already in the model: refused, as typed). */
    public void fill(Model model, UUID clientId) {
        model.addAttribute("callChannels", List.of(Channel.values()));
        model.addAttribute("callTypes", List.of(CallType.values()));
        if (!model.containsAttribute("callForm")) {
            model.addAttribute("callForm", CallForm.blank());
        }
        Fallback.intoModel(
                model,
                "calls",
                () -> tickets.search(
                        clientId, null, null, null, null, null, null, null, null, null, null, null, 0, SIZE));
    }

    /**
     * Logs the call under the name the registry gives the client. Once logged the form is blank
     * again and {@code callSaved} holds the new ticket; refused ({@code callRefused}), the form
     * stays open and shows why, as typed.
     */
    public Optional<TicketView> record(
            Model model, BindingResult binding, UUID clientId, String clientName, CallForm form) {
        Optional<TicketView> saved =
                ServiceForms.submit(binding, () -> tickets.call(form.toCall(clientId, clientName)));
        saved.ifPresent(call -> {
            ServiceForms.replace(model, "callForm", CallForm.blank());
            model.addAttribute("callSaved", call);
        });
        model.addAttribute("callRefused", saved.isEmpty());
        return saved;
    }
}
