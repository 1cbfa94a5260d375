package ca.clientele.webportal.account;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * The model of Détails du compte. A save sets the state of the form it handled; an htmx save then
 * answers with that form's fragment alone, a plain post with the whole page, whose other parts
 * this fills from the stored record, consents and pets.
 */
@Component
class AccountPage {

    static final String VIEW = "account";
    static final String PETS_FRAGMENT = "pets";

    private final RegistryClient registry;

    AccountPage(RegistryClient registry) {
        this.registry = registry;
    }

    /** One of the client's pets and the state of its edit form. */
    public record PetEntry(Pet pet, FormState form) {}

    String render(FormPost post, ClientRecord client, String fragment) {
        fields(post.model());
        if (!post.htmx()) {
            complete(post.model(), client);
        }
        return post.view(VIEW, fragment);
    }

    /** Whatever the request did not set yet, as stored. */
    void complete(ModelMap model, ClientRecord client) {
        fields(model);
        for (RecordForm form : RecordForm.values()) {
            if (!model.containsAttribute(form.attribute())) {
                model.addAttribute(form.attribute(), FormState.shown(form.values(client)));
            }
        }
        if (!model.containsAttribute("consents")) {
            addConsents(model, client.id());
        }
        if (!model.containsAttribute("pets")) {
            addPets(model, registry.pets(client.id()), null, null);
        }
    }

    void addConsents(ModelMap model, UUID clientId) {
        model.addAttribute("consents", registry.consents(clientId));
    }

    /** The pets section: each pet as stored, except {@code acted}, which shows {@code actedForm}. */
    void addPets(ModelMap model, List<Pet> pets, UUID acted, FormState actedForm) {
        model.addAttribute(
                "pets",
                pets.stream()
                        .map(pet -> new PetEntry(
                                pet, pet.id().equals(acted) ? actedForm : FormState.shown(PetForm.values(pet))))
                        .toList());
        if (!model.containsAttribute("newPet")) {
            model.addAttribute("newPet", FormState.shown(PetForm.blank()));
        }
    }

    /** The inputs each form renders (written once, in Java: see {@link Field}). */
    private static void fields(ModelMap model) {
        for (RecordForm form : RecordForm.values()) {
            model.addAttribute(form.fieldsAttribute(), form.fields());
        }
        model.addAttribute("petFields", PetForm.FIELDS);
    }
}
