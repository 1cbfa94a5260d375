package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormRequest;
import ca.clientele.adminportal.forms.FormState;
import ca.clientele.adminportal.forms.Submitted;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The writes of section 1 and 5 on the record itself: its edit forms ({@link ClientForm}) and the
 * invitation. With htmx a form's answer is that form again plus, once saved, out-of-band updates
 * of what the record change touches elsewhere on the page: the heading, the summary, the status
 * facts, and the version every other form sends next (else the next save of another form would be
 * refused as stale). Without JavaScript the answer is the whole page.
 */
@Controller
class RecordFormController {

    private final RegistryClient registry;
    private final ClientPage page;

    RecordFormController(RegistryClient registry, ClientPage page) {
        this.registry = registry;
        this.page = page;
    }

    @PostMapping("/clients/{id}/{form:profile|email|status|general|addresses|options}")
    String save(@PathVariable UUID id, @PathVariable("form") String path, FormRequest request, Model model) {
        ClientForm form = ClientForm.of(path).orElseThrow();
        Submitted<ClientDetails> submitted = request.submit(form, body -> registry.update(id, path, body));
        if (!request.htmx()) {
            page.fill(model, submitted.result().orElseGet(() -> registry.client(id)));
            forms(model).put(path, submitted.form());
            return "clients/client";
        }
        submitted.result().ifPresent(saved -> {
            ClientPage.record(model, saved);
            if (form == ClientForm.OPTIONS) {
                page.consents(model, id);
            }
        });
        model.addAttribute("clientId", id);
        model.addAttribute("choices", Choices.ALL);
        model.addAttribute("formName", path);
        model.addAttribute("form", submitted.form());
        if (form == ClientForm.GENERAL) {
            model.addAttribute("branches", page.branches());
        }
        return "clients/form-response :: response";
    }

    /** The record is read first so that the notice names the address Keycloak writes to. */
    @PostMapping("/clients/{id}/invitation")
    String invite(@PathVariable UUID id, FormRequest request, Model model) {
        ClientDetails client = registry.client(id);
        Submitted<Invitation> submitted = request.submit(new InvitationForm(client), body -> registry.invite(id));
        if (request.htmx()) {
            ClientPage.record(model, client);
        } else {
            page.fill(model, client);
        }
        model.addAttribute("invitation", submitted.form());
        return request.htmx() ? "clients/client :: invitation" : "clients/client";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, FormState> forms(Model model) {
        return (Map<String, FormState>) model.getAttribute("forms");
    }
}
