package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Nouveau client": staff create a client while on the phone with them. A plain post then a
 * redirect, the same with or without JavaScript.
 */
@Controller
class NewClientController {

    private final RegistryClient registry;

    NewClientController(RegistryClient registry) {
        this.registry = registry;
    }

    @GetMapping("/clients/new")
    String form(Model model) {
        model.addAttribute("newClient", NewClientForm.blank());
        return "clients/new";
    }

    /** Created: on to the new client's page (303, so a reload does not create them twice). */
    @PostMapping("/clients")
    Object create(@Valid @ModelAttribute("newClient") NewClientForm form, BindingResult binding) {
        return ServiceForms.submit(binding, () -> registry.create(form))
                .<Object>map(created -> SeeOther.to("/clients/" + created.id() + "?created=true"))
                .orElse("clients/new");
    }
}
