package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormRequest;
import ca.clientele.adminportal.forms.FormState;
import ca.clientele.adminportal.forms.Submitted;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** "Nouveau client": staff create a client while on the phone with them. */
@Controller
class NewClientController {

    private final RegistryClient registry;

    NewClientController(RegistryClient registry) {
        this.registry = registry;
    }

    @GetMapping("/clients/new")
    String form(Model model) {
        return page(model, FormState.shown(NewClientForm.blank()));
    }

    /** Created: on to the new client's page (303, so a reload does not create them twice). */
    @PostMapping("/clients")
    Object create(FormRequest request, Model model) {
        Submitted<ClientDetails> submitted = request.submit(NewClientForm.INSTANCE, registry::create);
        if (!submitted.isSaved()) {
            return page(model, submitted.form());
        }
        RedirectView created =
                new RedirectView("/clients/" + submitted.result().orElseThrow().id() + "?created=true", true);
        created.setStatusCode(HttpStatus.SEE_OTHER);
        // Nothing of the model (the page chrome's CSRF token, say) goes into the address.
        created.setExposeModelAttributes(false);
        return new ModelAndView(created);
    }

    private static String page(Model model, FormState form) {
        model.addAttribute("form", form);
        model.addAttribute("choices", Choices.ALL);
        return "clients/new";
    }
}
