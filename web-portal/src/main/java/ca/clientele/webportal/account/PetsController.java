package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Mes animaux, on Détails du compte: add, edit and archive the client's own pets. Each answer is
 * the whole pets section (the list changes), with the form that was used showing its outcome.
 */
@Controller
@ClientArea
class PetsController {

    private final RegistryClient registry;
    private final AccountPage page;
    private final MessageSource messages;

    PetsController(RegistryClient registry, AccountPage page, MessageSource messages) {
        this.registry = registry;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/compte/animaux")
    String add(FormPost post) {
        UUID clientId = post.client().id();
        PetForm.Parsed parsed = PetForm.parse(post.typed(), null, false, this::text);
        FormState form = parsed.readable()
                ? Forms.submit(
                                () -> registry.addPet(clientId, parsed.body()),
                                added -> PetForm.blank(),
                                post,
                                PetForm.FIELD_NAMES)
                        .form()
                : unreadable(post, parsed);
        if (form.isSaved()) {
            // A fresh, closed form for the next pet; the notice says this one was added.
            post.add("petNotice", "added");
            form = FormState.shown(PetForm.blank());
        }
        post.add("newPet", form);
        return pets(post, registry.pets(clientId), null, null);
    }

    @PostMapping("/compte/animaux/{petId}")
    String edit(@PathVariable UUID petId, FormPost post) {
        UUID clientId = post.client().id();
        List<Pet> pets = new ArrayList<>(registry.pets(clientId));
        // Only a pet of the client's own list; its photo reference is kept as stored.
        Pet stored = find(pets, petId).orElseThrow(() -> new ServiceNotFoundException("client-registry"));
        PetForm.Parsed parsed = PetForm.parse(post.typed(), stored.photoReference(), true, this::text);
        if (!parsed.readable()) {
            return pets(post, pets, petId, unreadable(post, parsed));
        }
        Forms.Submission<Pet> submission = Forms.submit(
                () -> registry.updatePet(clientId, petId, parsed.body()), PetForm::values, post, PetForm.FIELD_NAMES);
        if (submission.succeeded()) {
            pets.replaceAll(pet -> pet.id().equals(petId) ? submission.saved() : pet);
        }
        return pets(post, pets, petId, submission.form());
    }

    @PostMapping("/compte/animaux/{petId}/archiver")
    String archive(@PathVariable UUID petId, FormPost post) {
        UUID clientId = post.client().id();
        long version = Forms.version(post.typed());
        Forms.Submission<Pet> submission =
                Forms.submit(() -> registry.archivePet(clientId, petId, version), PetForm::values, post, List.of());
        List<Pet> pets = registry.pets(clientId);
        if (submission.succeeded()) {
            post.add("petNotice", "archived");
            return pets(post, pets, null, null);
        }
        // The pet's form tells what happened, over its values as they are now.
        FormState form = submission
                .form()
                .withValues(find(pets, petId).map(PetForm::values).orElse(Map.of()));
        return pets(post, pets, petId, form);
    }

    private String pets(FormPost post, List<Pet> pets, UUID acted, FormState actedForm) {
        page.addPets(post.model(), pets, acted, actedForm);
        return page.render(post, post.client(), AccountPage.PETS_FRAGMENT);
    }

    private static Optional<Pet> find(List<Pet> pets, UUID petId) {
        return pets.stream().filter(pet -> pet.id().equals(petId)).findFirst();
    }

    /** A number or date the portal could not read: the registry is not called. */
    private static FormState unreadable(FormPost post, PetForm.Parsed parsed) {
        post.status(HttpServletResponse.SC_BAD_REQUEST);
        return FormState.invalid(post.typed(), PetForm.FIELD_NAMES, parsed.unreadable(), null);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
