package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormRequest;
import ca.clientele.adminportal.forms.Submitted;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Add, edit and archive a client's pets. Each answer is the pets block again, read back from the
 * registry, with the refused form (if any) as typed and the message of the last action.
 */
@Controller
class PetController {

    private final RegistryClient registry;
    private final ClientPage page;

    PetController(RegistryClient registry, ClientPage page) {
        this.registry = registry;
        this.page = page;
    }

    /** Without a pet id a new pet ({@code POST .../pets}), with one that pet's edit ({@code PUT}). */
    @PostMapping({"/clients/{id}/pets", "/clients/{id}/pets/{petId}"})
    String save(@PathVariable UUID id, @PathVariable(required = false) UUID petId, FormRequest request, Model model) {
        if (petId == null) {
            Submitted<Pet> added = request.submit(PetForm.ADD, body -> registry.addPet(id, body));
            return answer(id, added, pets -> pets.withAddForm(added.form()), request, model);
        }
        Submitted<Pet> edited = request.submit(PetForm.EDIT, body -> registry.updatePet(id, petId, body));
        return answer(id, edited, pets -> pets.withEditForm(petId, edited.form()), request, model);
    }

    /** A refusal (a conflict, the registry down) is said on the pet's card; its edit form keeps its values. */
    @PostMapping("/clients/{id}/pets/{petId}/archive")
    String archive(@PathVariable UUID id, @PathVariable UUID petId, FormRequest request, Model model) {
        Submitted<Pet> archived = request.submit(PetArchive.INSTANCE, body -> registry.archivePet(id, petId, body));
        return answer(id, archived, pets -> pets.withArchiveRefusal(petId, archived.form()), request, model);
    }

    private String answer(
            UUID id, Submitted<Pet> submitted, UnaryOperator<PetsView> refused, FormRequest request, Model model) {
        if (request.htmx()) {
            model.addAttribute("clientId", id);
            model.addAttribute("choices", Choices.ALL);
        } else {
            page.fill(model, registry.client(id));
        }
        PetsView pets = PetsView.of(registry.pets(id));
        model.addAttribute(
                "pets", submitted.isSaved() ? pets.withNotice(submitted.form().notice()) : refused.apply(pets));
        return request.htmx() ? "clients/pets :: pets" : "clients/client";
    }
}
