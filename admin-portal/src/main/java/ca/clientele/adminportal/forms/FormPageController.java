package ca.clientele.adminportal.forms;

import ca.clientele.adminportal.clients.ClientDirectory;
import ca.clientele.adminportal.documents.FormClient;
import ca.clientele.adminportal.documents.FormClient.FormView;
import ca.clientele.adminportal.web.Fallback;
import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms library ("Formulaires"): the list, one form's page (its fields, publish, available to
 * every client, give it to a client found by name), and its preview as clients will see it in
 * French and in English. Each action is a plain post then a 303 back to the form's page with what
 * was done ({@code ?done=}); a refusal shows the page again with the reason next to its form.
 */
@Controller
class FormPageController {

    /** The texts of the preview that are not the form's: each language's own, whatever the page's. */
    static final List<String> PREVIEW_TEXTS = List.of("required", "signature", "signature.hint", "submit", "draft");

    private final FormClient forms;
    private final ClientDirectory directory;
    private final MessageSource messages;

    FormPageController(FormClient forms, ClientDirectory directory, MessageSource messages) {
        this.forms = forms;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/forms")
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        model.addAttribute("forms", forms.forms());
        return "forms/list";
    }

    /** {@code q}: a client search for the assignment (without JavaScript; htmx asks /clients below). */
    @GetMapping("/forms/{id}")
    String form(
            @PathVariable UUID id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String done,
            Model model) {
        model.addAttribute("done", done);
        return page(id, q, model);
    }

    /** The client search results of the assignment block (htmx live search). */
    @GetMapping("/forms/{id}/clients")
    String clients(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("formId", id);
        search(q, model);
        return "forms/form :: client-results";
    }

    @GetMapping("/forms/{id}/preview")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("form", forms.form(id));
        model.addAttribute("texts", Map.of("fr", texts(Locale.CANADA_FRENCH), "en", texts(Locale.CANADA)));
        return "forms/preview";
    }

    @PostMapping("/forms/{id}/publish")
    Object publish(
            @PathVariable UUID id,
            @ModelAttribute("publishForm") FormClient.RowVersion publish,
            BindingResult binding,
            Model model) {
        return done(id, "published", binding, () -> forms.publish(id, publish), model);
    }

    @PostMapping("/forms/{id}/availability")
    Object availability(
            @PathVariable UUID id,
            @ModelAttribute("availabilityForm") FormClient.Availability availability,
            BindingResult binding,
            Model model) {
        String done = availability.availableToAll() ? "available" : "not-available";
        return done(id, done, binding, () -> forms.availability(id, availability), model);
    }

    @PostMapping("/forms/{id}/assignments")
    Object assign(
            @PathVariable UUID id,
            @Valid @ModelAttribute("assignForm") AssignTo assign,
            BindingResult binding,
            Model model) {
        return done(
                id,
                "assigned",
                binding,
                () -> forms.assign(id, new FormClient.AssignmentBody(assign.clientId())),
                model);
    }

    /** Done: back to the form's page, which says so; refused: the page with the reason. */
    private Object done(UUID id, String what, BindingResult binding, Supplier<?> call, Model model) {
        return ServiceForms.submit(binding, call)
                .<Object>map(answer -> SeeOther.to("/forms/" + id + "?done=" + what))
                .orElseGet(() -> page(id, null, model));
    }

    private String page(UUID id, String q, Model model) {
        FormView form = forms.form(id);
        model.addAttribute("form", form);
        model.addAttribute("formId", id);
        if (!model.containsAttribute("publishForm")) {
            model.addAttribute("publishForm", new FormClient.RowVersion(form.rowVersion()));
        }
        if (!model.containsAttribute("availabilityForm")) {
            model.addAttribute(
                    "availabilityForm", new FormClient.Availability(!form.availableToAll(), form.rowVersion()));
        }
        if (!model.containsAttribute("assignForm")) {
            model.addAttribute("assignForm", new AssignTo(null));
        }
        search(q, model);
        return "forms/form";
    }

    /** {@code clients} (null without a search) or {@code clientsUnavailable}. */
    private void search(String q, Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        if (!text.isEmpty()) {
            Fallback.intoModel(model, "clients", () -> directory.find(text));
        }
    }

    private Map<String, String> texts(Locale locale) {
        return PREVIEW_TEXTS.stream()
                .collect(
                        Collectors.toMap(key -> key, key -> messages.getMessage("forms.preview." + key, null, locale)));
    }

    /** "Assigner" beside a client found by the search. */
    record AssignTo(@NotNull UUID clientId) {}
}
