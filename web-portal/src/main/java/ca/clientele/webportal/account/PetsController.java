package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceNotFoundException;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.Pet;
import ca.clientele.webportal.registry.RegistryClient;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Mes animaux, on Détails du compte: add, edit and archive the client's own pets. Each answer is
 * the whole pets section (the list changes), with the form that was used showing its outcome and
 * left open ({@code petOpen}) when it has something to say.
 */
@Controller
@ClientArea
class PetsController {

    private static final String HTMX = "HX-Request";

    private final RegistryClient registry;
    private final AccountPage page;

    PetsController(RegistryClient registry, AccountPage page) {
        this.registry = registry;
        this.page = page;
    }

    @PostMapping("/compte/animaux")
    String add(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @Valid @ModelAttribute("newPet") PetForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        if (ServiceForms.submit(result, () -> registry.addPet(client.id(), form.toNewPet()))
                .isPresent()) {
            // A fresh, closed form for the next pet; the notice says this one was added.
            model.addAttribute("petNotice", "added");
            ServiceForms.replace(model, "newPet", PetForm.blank());
        } else {
            model.addAttribute("petOpen", "new");
        }
        return pets(model, client, registry.pets(client.id()), htmx);
    }

    @PostMapping("/compte/animaux/{petId}")
    String edit(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @PathVariable UUID petId,
            @Valid @ModelAttribute("petForm") PetForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        List<Pet> pets = new ArrayList<>(registry.pets(client.id()));
        // Only a pet of the client's own list; its photo reference is kept as stored.
        Pet stored = find(pets, petId).orElseThrow(() -> new ServiceNotFoundException("registry"));
        Optional<Pet> saved = ServiceForms.submit(
                result, () -> registry.updatePet(client.id(), petId, form.toUpdate(stored.photoReference())));
        if (saved.isPresent()) {
            pets.replaceAll(pet -> pet.id().equals(petId) ? saved.get() : pet);
            model.addAttribute(AccountPage.formName(petId), PetForm.of(saved.get(), LocaleContextHolder.getLocale()));
            model.addAttribute("saved", AccountPage.formName(petId));
        } else {
            AccountPage.showPosted(model, petId, form, result);
        }
        model.addAttribute("petOpen", petId.toString());
        return pets(model, client, pets, htmx);
    }

    @PostMapping("/compte/animaux/{petId}/archiver")
    String archive(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @PathVariable UUID petId,
            @RequestParam long version,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        String name = AccountPage.formName(petId);
        BindingResult outcome = new BeanPropertyBindingResult(PetForm.blank(), name);
        boolean archived = ServiceForms.submit(
                        outcome, () -> registry.archivePet(client.id(), petId, new RegistryClient.Version(version)))
                .isPresent();
        List<Pet> pets = registry.pets(client.id());
        if (archived) {
            model.addAttribute("petNotice", "archived");
        } else {
            // The pet's form tells what happened, over its values as they are now.
            find(pets, petId).ifPresent(pet -> {
                BindingResult now =
                        new BeanPropertyBindingResult(PetForm.of(pet, LocaleContextHolder.getLocale()), name);
                now.addAllErrors(outcome);
                AccountPage.showPosted(model, petId, (PetForm) now.getTarget(), now);
            });
            model.addAttribute("petOpen", petId.toString());
        }
        return pets(model, client, pets, htmx);
    }

    private String pets(Model model, ClientRecord client, List<Pet> pets, boolean htmx) {
        page.addPets(model, client.id(), pets);
        return page.render(model, client, htmx, AccountPage.PETS_FRAGMENT);
    }

    private static Optional<Pet> find(List<Pet> pets, UUID petId) {
        return pets.stream().filter(pet -> pet.id().equals(petId)).findFirst();
    }
}
