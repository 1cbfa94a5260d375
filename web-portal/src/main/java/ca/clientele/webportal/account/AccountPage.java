package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceNotFoundException;
import ca.clientele.platform.portal.ServiceUnavailableException;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.Pet;
import ca.clientele.webportal.registry.RegistryClient;
import ca.clientele.webportal.registry.Vaccination;
import ca.clientele.webportal.registry.VaccinationClient;
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
    private final VaccinationClient vaccinations;

    AccountPage(RegistryClient registry, VaccinationClient vaccinations) {
        this.registry = registry;
        this.vaccinations = vaccinations;
    }

    /**
     * One of the client's pets and the name of the model attribute holding its form: each pet form
     * is its own object, so that a message lands on the pet it belongs to. With its vaccinations.
     */
    public record PetEntry(Pet pet, String form, Vaccinations vaccinations) {}

    /**
     * A pet's vaccination records, each with the model attribute of its form, and the attribute of
     * the pet's "add" form; {@code unavailable}: the registry did not answer for them.
     */
    public record Vaccinations(List<VaccinationEntry> records, String newForm, boolean unavailable) {}

    public record VaccinationEntry(Vaccination record, String form) {}

    /**
     * What the last vaccination action of a pet did: a message key ({@code vaccinations.added},
     * {@code .saved}, {@code .deleted}), or a refused deletion's global error code (the kit's
     * {@code form.conflict}, {@code form.unavailable}, or {@code form.service-message} whose text
     * is the service's {@code detail}).
     */
    public record VaccinationNotice(UUID petId, String key, String detail) {

        static VaccinationNotice done(UUID petId, String what) {
            return new VaccinationNotice(petId, "vaccinations." + what, null);
        }

        public boolean refused() {
            return key.startsWith("form.");
        }

        public boolean forPet(UUID id) {
            return petId.equals(id);
        }
    }

    String render(Model model, ClientRecord client, boolean htmx, String fragment) {
        model.addAttribute("speciesCodes", PetForm.SPECIES);
        model.addAttribute("sexCodes", PetForm.SEXES);
        model.addAttribute("vaccineCodes", VaccinationForm.VACCINES);
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
            addPets(model, client.id(), registry.pets(client.id()));
        }
    }

    void addConsents(Model model, UUID clientId) {
        model.addAttribute("consents", registry.consents(clientId));
    }

    /**
     * The pets section: each pet's form as stored and its vaccinations, unless the request already
     * put a form there.
     */
    void addPets(Model model, UUID clientId, List<Pet> pets) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "pets",
                pets.stream()
                        .map(pet -> {
                            String form = formName(pet.id());
                            addIfAbsent(model, form, PetForm.of(pet, locale));
                            return new PetEntry(pet, form, vaccinations(model, clientId, pet.id()));
                        })
                        .toList());
        addIfAbsent(model, "newPet", PetForm.blank());
    }

    /** One pet's records with their forms; a registry that fails here leaves the rest of the page. */
    private Vaccinations vaccinations(Model model, UUID clientId, UUID petId) {
        String newForm = newVaccinationFormName(petId);
        addIfAbsent(model, newForm, VaccinationForm.blank());
        try {
            return new Vaccinations(
                    vaccinations.vaccinations(clientId, petId).stream()
                            .map(record -> {
                                String form = vaccinationFormName(record.id());
                                addIfAbsent(model, form, VaccinationForm.of(record));
                                return new VaccinationEntry(record, form);
                            })
                            .toList(),
                    newForm,
                    false);
        } catch (ServiceUnavailableException | ServiceNotFoundException unanswered) {
            return new Vaccinations(List.of(), newForm, true);
        }
    }

    static String newVaccinationFormName(UUID petId) {
        return "vaccinationNew" + petId.toString().replace("-", "");
    }

    static String vaccinationFormName(UUID vaccinationId) {
        return "vaccination" + vaccinationId.toString().replace("-", "");
    }

    /** The model attribute of one pet's form. */
    static String formName(UUID petId) {
        return "pet" + petId.toString().replace("-", "");
    }

    /** A pet form bound from a post, shown on its own pet with what was typed and its messages. */
    static void showPosted(Model model, UUID petId, PetForm form, BindingResult result) {
        showPosted(model, formName(petId), form, result);
    }

    /** Any form of the pets section bound from a post, shown under its own model attribute. */
    static void showPosted(Model model, String name, Object form, BindingResult result) {
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
