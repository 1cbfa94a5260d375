package ca.clientele.adminportal.clients;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One client, in the sections of the seed's Client application: general information and options
 * with their edit forms, the pets, the events timeline; documents and appointments are announced.
 */
@Controller
class ClientPageController {

    private final RegistryClient registry;
    private final ClientPage page;

    ClientPageController(RegistryClient registry, ClientPage page) {
        this.registry = registry;
        this.page = page;
    }

    /**
     * {@code created}: staff just created this client (the create form redirects here); {@code
     * pet}: the pet whose form is open (the "Modifier" link without JavaScript).
     */
    @GetMapping("/clients/{id}")
    String client(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean created,
            @RequestParam(required = false) UUID pet,
            Model model) {
        page.fill(model, registry.client(id), pet);
        model.addAttribute("created", created);
        return "clients/client";
    }
}
