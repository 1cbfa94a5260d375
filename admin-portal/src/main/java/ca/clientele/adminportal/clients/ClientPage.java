package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.billing.ClientBilling;
import ca.clientele.adminportal.bookingservice.ClientAppointments;
import ca.clientele.adminportal.branches.BranchDirectory;
import ca.clientele.adminportal.branches.Branches;
import ca.clientele.adminportal.documents.DocumentsSection;
import ca.clientele.adminportal.events.Timeline;
import ca.clientele.adminportal.tickets.ClientCalls;
import ca.clientele.adminportal.web.Fallback;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts together what the client page and its fragments show. The record is required; the
 * timeline, branches, pets, consent history, documents, calls and appointments each degrade to a notice when their call fails,
 * so a staff member on the phone still sees the record.
 */
@Component
class ClientPage {

    /** The record forms of the page by model name, each filled from the stored record. */
    static final Map<String, Function<ClientDetails, Object>> RECORD_FORMS = Map.of(
            "profileForm", ProfileForm::of,
            "emailForm", EmailForm::of,
            "statusForm", StatusForm::of,
            "generalForm", GeneralForm::of,
            "addressesForm", AddressesForm::of,
            "optionsForm", OptionsForm::of);

    private final RegistryClient registry;
    private final BranchDirectory branches;
    private final Timeline timeline;
    private final DocumentsSection documents;
    private final ClientCalls calls;
    private final ClientAppointments appointments;
    private final MessageSource messages;
    private final VaccinationsBlock vaccinations;
    private final ClientBilling billing;

    ClientPage(
            RegistryClient registry,
            BranchDirectory branches,
            Timeline timeline,
            DocumentsSection documents,
            ClientCalls calls,
            ClientAppointments appointments,
            MessageSource messages,
            VaccinationsBlock vaccinations,
            ClientBilling billing) {
        this.registry = registry;
        this.billing = billing;
        this.vaccinations = vaccinations;
        this.branches = branches;
        this.timeline = timeline;
        this.documents = documents;
        this.calls = calls;
        this.appointments = appointments;
        this.messages = messages;
    }

    /** A message in the user's language, e.g. what a saved form says. */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The whole page; {@code editedPet}: the pet whose form is open, or null. */
    void fill(Model model, ClientDetails client, UUID editedPet) {
        record(model, client);
        model.addAttribute("branches", branches());
        pets(model, client.id(), editedPet);
        consents(model, client.id());
        Fallback.intoModel(model, "timeline", () -> timeline.recent(client.id()));
        documents.fill(model, client.id());
        calls.fill(model, client.id());
        appointments.fill(model, client.id());
        billing.fill(model, client.id());
    }

    /**
     * What every fragment of the page reads: the record and its forms as stored. A form already in
     * the model (the one just refused, as typed, with its errors) is left as it is.
     */
    static void record(Model model, ClientDetails client) {
        model.addAttribute("client", client);
        model.addAttribute("clientId", client.id());
        model.addAttribute("statuses", ClientStatus.values());
        if (!model.containsAttribute("invitation")) {
            model.addAttribute("invitation", new InvitationForm());
        }
        RECORD_FORMS.forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form.apply(client));
            }
        });
    }

    /** After a save: the form shows the stored values (normalised by the service), not what was typed. */
    static void replace(Model model, String name, Object form) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
        model.addAttribute(name, form);
    }

    Branches branches() {
        return branches.branches();
    }

    /**
     * The pets block read from the registry, or its "unavailable" notice. {@code edited}: the pet
     * whose form is open (null: none); a pet form already in the model (refused, as typed) stays.
     */
    void pets(Model model, UUID clientId, UUID edited) {
        Fallback.optional("pets", () -> registry.pets(clientId, true))
                .map(pets -> PetsView.of(pets, edited))
                .ifPresentOrElse(
                        view -> {
                            model.addAttribute("pets", view);
                            model.addAttribute("species", PetForm.SPECIES);
                            model.addAttribute("sexes", PetForm.SEXES);
                            if (!model.containsAttribute("newPet")) {
                                model.addAttribute("newPet", PetForm.blank());
                            }
                            if (!model.containsAttribute("petForm")) {
                                view.edited().map(PetForm::of).ifPresent(form -> model.addAttribute("petForm", form));
                            }
                            vaccinations.fill(model, clientId, view.active());
                        },
                        () -> model.addAttribute("petsUnavailable", true));
    }

    /**
     * The answer to an action of the pets block: the block again (htmx) or the whole page (a plain
     * post), read back from the registry, with the action's notice. {@code edited}: the pet whose
     * form stays open, or null.
     */
    String petsAnswer(UUID clientId, UUID edited, Optional<String> notice, boolean htmx, Model model) {
        notice.ifPresent(text -> model.addAttribute("petsNotice", text));
        if (!htmx) {
            fill(model, registry.client(clientId), edited);
            return "clients/client";
        }
        model.addAttribute("clientId", clientId);
        pets(model, clientId, edited);
        return "clients/pets :: pets";
    }

    void consents(Model model, UUID clientId) {
        Fallback.intoModel(model, "consents", () -> registry.consents(clientId));
    }
}
