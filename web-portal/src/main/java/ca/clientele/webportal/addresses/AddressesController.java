package ca.clientele.webportal.addresses;

import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.RegistryClient;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Adresses: the billing and shipping addresses used by default on the payment page. */
@Controller
@ClientArea
class AddressesController {

    private static final String FORM = "addressForm";

    private final RegistryClient registry;

    AddressesController(RegistryClient registry) {
        this.registry = registry;
    }

    @GetMapping("/adresses")
    String addresses(@ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        model.addAttribute(FORM, AddressForm.of(client));
        return "addresses";
    }

    @PostMapping("/adresses")
    String save(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @Valid @ModelAttribute(FORM) AddressForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        ServiceForms.submit(result, () -> registry.saveAddresses(client.id(), form.toRequest()))
                .ifPresent(saved -> {
                    model.addAttribute("client", saved);
                    model.addAttribute("saved", true);
                    ServiceForms.replace(model, FORM, AddressForm.of(saved));
                });
        return htmx ? "addresses :: address-form" : "addresses";
    }
}
