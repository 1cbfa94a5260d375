package ca.clientele.webportal.account;

import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.Pet;
import ca.clientele.webportal.registry.RegistryClient;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The model of Détails du compte. A post puts the form it handled (with its BindingResult) in the
 * model; an htmx post then answers with that form's fragment alone, a plain post with the whole
 * page, whose other forms this fills from the stored record, consents and pets.
 */
@Component
class AccountPage {

    static final String VIEW = "account";
    static final String PETS_FRAGMENT = "pets";

    private final RegistryClient registry;

    AccountPage(RegistryClient registry) {
        this.registry = registry;
    }

    /**
     * One of the client's pets and the name of the model attribute holding its form: each pet form
     * is its own object, so that a message lands on the pet it belongs to.
     */
    public record PetEntry(Pet pet, String form) {}

    String render(Model model, ClientRecord client, boolean htmx, String fragment) {
        model.addAttribute("speciesCodes", PetForm.SPECIES);
        model.addAttribute("sexCodes", PetForm.SEXES);
        if (htmx) {
            return VIEW + " :: " + fragment;
        }
        complete(model, client);
        return VIEW;
    }

    /** Whatever the request did not set yet, as stored. */
    void complete(Model model, ClientRecord client) {
        Locale locale = LocaleContextHolder.getLocale();
        addIfAbsent(model, "profileForm", ProfileForm.of(client, locale));
        addIfAbsent(model, "emailForm", EmailForm.of(client));
        addIfAbsent(model, "optionsForm", OptionsForm.of(client));
        if (!model.containsAttribute("consents")) {
            addConsents(model, client.id());
        }
        if (!model.containsAttribute("pets")) {
            addPets(model, registry.pets(client.id()));
        }
    }

    void addConsents(Model model, UUID clientId) {
        model.addAttribute("consents", registry.consents(clientId));
    }

    /** The pets section: each pet's form as stored, unless the request already put one there. */
    void addPets(Model model, List<Pet> pets) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "pets",
                pets.stream()
                        .map(pet -> {
                            String form = formName(pet.id());
                            addIfAbsent(model, form, PetForm.of(pet, locale));
                            return new PetEntry(pet, form);
                        })
                        .toList());
        addIfAbsent(model, "newPet", PetForm.blank());
    }

    /** The model attribute of one pet's form. */
    static String formName(UUID petId) {
        return "pet" + petId.toString().replace("-", "");
    }

    /** A pet form bound from a post, shown on its own pet with what was typed and its messages. */
    static void showPosted(Model model, UUID petId, PetForm form, BindingResult result) {
        model.addAttribute(formName(petId), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName(petId), result);
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
