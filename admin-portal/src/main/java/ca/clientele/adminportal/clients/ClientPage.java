package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.backend.Fallback;
import ca.clientele.adminportal.events.Timeline;
import ca.clientele.adminportal.forms.FormState;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts together what the client page and its fragments show. The record is required; the
 * timeline, branches, pets and consent history each degrade to a notice when their call fails,
 * so a staff member on the phone still sees the record.
 */
@Component
record ClientPage(RegistryClient registry, BookingClient booking, Timeline timeline) {

    /** The whole page for this record, every form as stored. */
    void fill(Model model, ClientDetails client) {
        record(model, client);
        model.addAttribute("invitation", FormState.shown(Map.of()));
        model.addAttribute("branches", booking.branches());
        pets(model, client.id());
        consents(model, client.id());
        optional(model, "timeline", () -> timeline.recent(client.id()));
    }

    /** What every fragment of the page reads: the record, its forms as stored, the choices. */
    static void record(Model model, ClientDetails client) {
        Map<String, FormState> forms = new LinkedHashMap<>();
        for (ClientForm form : ClientForm.values()) {
            forms.put(form.path(), FormState.shown(form.values(client)));
        }
        model.addAttribute("client", client);
        model.addAttribute("clientId", client.id());
        model.addAttribute("forms", forms);
        model.addAttribute("recordForms", Arrays.asList(ClientForm.values()));
        model.addAttribute("choices", Choices.ALL);
    }

    Branches branches() {
        return booking.branches();
    }

    void pets(Model model, UUID clientId) {
        optional(model, "pets", () -> PetsView.of(registry.pets(clientId)));
    }

    void consents(Model model, UUID clientId) {
        optional(model, "consents", () -> registry.consents(clientId));
    }

    /** {@code name} in the model, or {@code <name>Unavailable} when its service failed. */
    private static <T> void optional(Model model, String name, Supplier<T> call) {
        Fallback.optional(name, call)
                .ifPresentOrElse(
                        value -> model.addAttribute(name, value), () -> model.addAttribute(name + "Unavailable", true));
    }
}
