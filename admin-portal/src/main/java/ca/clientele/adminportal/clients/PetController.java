package ca.clientele.adminportal.clients;

import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
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
 * Add, edit and archive a client's pets. Each answer is the pets block again, read back from the
 * registry, with a refused form as typed and the message of the last action. One pet's form is
 * open at a time ("Modifier" asks for it); the add form is always there, folded.
 */
@Controller
class PetController {

    private static final String HTMX = "HX-Request";

    private final RegistryClient registry;
    private final ClientPage page;

    PetController(RegistryClient registry, ClientPage page) {
        this.registry = registry;
        this.page = page;
    }

    /** The pets block with {@code pet}'s form open (htmx; without JavaScript the client page does it). */
    @GetMapping("/clients/{id}/pets")
    String pets(@PathVariable UUID id, @RequestParam(required = false) UUID pet, Model model) {
        model.addAttribute("clientId", id);
        page.pets(model, id, pet);
        return "clients/pets :: pets";
    }

    @PostMapping("/clients/{id}/pets")
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("newPet") PetForm newPet,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<Pet> added = ServiceForms.submit(binding, () -> registry.addPet(id, newPet));
        added.ifPresent(pet -> ClientPage.replace(model, "newPet", PetForm.blank()));
        return answer(id, null, added.map(pet -> page.text("form.saved.pet-added", pet.name())), htmx, model);
    }

    @PostMapping("/clients/{id}/pets/{petId}")
    String edit(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @Valid @ModelAttribute("petForm") PetForm petForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<Pet> saved = ServiceForms.submit(binding, () -> registry.updatePet(id, petId, petForm));
        // Saved: the form closes; refused: it stays open with what was typed.
        return answer(
                id,
                saved.isPresent() ? null : petId,
                saved.map(pet -> page.text("form.saved.pet", pet.name())),
                htmx,
                model);
    }

    /** A refusal (a conflict, the registry down) is said on the pet's card. */
    @PostMapping("/clients/{id}/pets/{petId}/archive")
    String archive(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @ModelAttribute("archive") RegistryClient.PetArchive archive,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<Pet> archived = ServiceForms.submit(binding, () -> registry.archivePet(id, petId, archive));
        if (archived.isEmpty()) {
            model.addAttribute("archiveRefused", petId);
        }
        return answer(id, null, archived.map(pet -> page.text("form.saved.pet-archived", pet.name())), htmx, model);
    }

    private String answer(UUID id, UUID edited, Optional<String> notice, boolean htmx, Model model) {
        return page.petsAnswer(id, edited, notice, htmx, model);
    }
}
