package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.tickets.CallForm;
import ca.clientele.adminportal.tickets.ClientCalls;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * "Nouvel appel" in section 3 of the client page: the call is logged in ticket-service under the
 * name the registry's record gives the client (read here, never taken from the form). With htmx
 * the answer is the calls block again (the new call listed, or the form refused as typed);
 * without JavaScript the whole page.
 */
@Controller
class CallController {

    private final RegistryClient registry;
    private final ClientCalls calls;
    private final ClientPage page;

    CallController(RegistryClient registry, ClientCalls calls, ClientPage page) {
        this.registry = registry;
        this.calls = calls;
        this.page = page;
    }

    @PostMapping("/clients/{id}/calls")
    String call(
            @PathVariable UUID id,
            @Valid @ModelAttribute CallForm callForm,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        ClientDetails client = registry.client(id);
        calls.record(model, binding, id, client.fullName(), callForm);
        if (!htmx) {
            page.fill(model, client, null);
            return "clients/client";
        }
        model.addAttribute("client", client);
        calls.fill(model, id);
        return "clients/client :: calls";
    }
}
