package ca.clientele.adminportal.clients;

import ca.clientele.platform.portal.DisplayFormat;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The writes of sections 1 and 5 on the record itself, one form each, and the invitation. With
 * htmx a form's answer is that form again plus, once saved, out-of-band updates of what the record
 * change touches elsewhere on the page: the heading, the summary, the status facts, the invitation
 * and the version every other form sends next (else the next save of another form would be refused
 * as stale). Without JavaScript the answer is the whole page.
 */
@Controller
class RecordFormController {

    private static final String HTMX = "HX-Request";

    private final RegistryClient registry;
    private final ClientPage page;
    private final DisplayFormat fmt;

    RecordFormController(RegistryClient registry, ClientPage page, DisplayFormat fmt) {
        this.registry = registry;
        this.page = page;
        this.fmt = fmt;
    }

    @PostMapping("/clients/{id}/profile")
    String profile(
            @PathVariable UUID id,
            @Valid @ModelAttribute ProfileForm profileForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<ClientDetails> saved = ServiceForms.submit(binding, () -> registry.updateProfile(id, profileForm));
        return answer(id, "profile", saved, htmx, model);
    }

    @PostMapping("/clients/{id}/email")
    String email(
            @PathVariable UUID id,
            @Valid @ModelAttribute EmailForm emailForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<ClientDetails> saved = ServiceForms.submit(binding, () -> registry.updateEmail(id, emailForm));
        saved.ifPresent(client -> saved(model, "form.saved.email", client.email()));
        return answer(id, "email", saved, htmx, model);
    }

    /** Banning asks for a confirmation first; the reason's rule is the registry's. */
    @PostMapping("/clients/{id}/status")
    String status(
            @PathVariable UUID id,
            @Valid @ModelAttribute StatusForm statusForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        // A form that could not even be read (no target) is shown with its errors, not checked further.
        if (!binding.hasErrors() && statusForm.bans() && !statusForm.confirmBan()) {
            binding.rejectValue("confirmBan", "form.status.confirm-ban-required");
        }
        Optional<ClientDetails> saved =
                ServiceForms.submit(binding, () -> registry.changeStatus(id, statusForm.change()));
        saved.filter(client -> statusForm.bans()).ifPresent(client -> saved(model, "form.saved.status.banned"));
        saved.filter(client -> statusForm.lifts()).ifPresent(client -> saved(model, "form.saved.status.unbanned"));
        return answer(id, "status", saved, htmx, model);
    }

    @PostMapping("/clients/{id}/general")
    String general(
            @PathVariable UUID id,
            @Valid @ModelAttribute GeneralForm generalForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<ClientDetails> saved = ServiceForms.submit(binding, () -> registry.updateGeneral(id, generalForm));
        // The branch select needs its list in the form's answer too.
        model.addAttribute("branches", page.branches());
        return answer(id, "general", saved, htmx, model);
    }

    @PostMapping("/clients/{id}/addresses")
    String addresses(
            @PathVariable UUID id,
            @Valid @ModelAttribute AddressesForm addressesForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<ClientDetails> saved =
                ServiceForms.submit(binding, () -> registry.updateAddresses(id, addressesForm.change()));
        return answer(id, "addresses", saved, htmx, model);
    }

    /** Once saved, the consent history is read again: the change is its newest line. */
    @PostMapping("/clients/{id}/options")
    String options(
            @PathVariable UUID id,
            @Valid @ModelAttribute OptionsForm optionsForm,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<ClientDetails> saved =
                ServiceForms.submit(binding, () -> registry.updateOptions(id, optionsForm.change()));
        saved.ifPresent(client -> {
            Boolean twoFactor = optionsForm.twoFactorChange();
            if (twoFactor != null) {
                saved(model, twoFactor ? "form.saved.options.two-factor-on" : "form.saved.options.two-factor-off");
            }
            page.consents(model, id);
        });
        return answer(id, "options", saved, htmx, model);
    }

    /** The record is read first so that the notice names the address Keycloak writes to. */
    @PostMapping("/clients/{id}/invitation")
    String invite(
            @PathVariable UUID id,
            @ModelAttribute("invitation") InvitationForm invitation,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        ClientDetails client = registry.client(id);
        ServiceForms.submit(binding, () -> registry.invite(id))
                .ifPresent(sent -> model.addAttribute(
                        "invitationSaved",
                        page.text("form.saved.invitation", client.email(), fmt.dateTime(sent.sentAt()))));
        if (htmx) {
            ClientPage.record(model, client);
            return "clients/client :: invitation";
        }
        page.fill(model, client, null);
        return "clients/client";
    }

    /**
     * The form again: once saved with the stored values (normalised by the registry) and the
     * page's other parts out of band; refused as typed, with the messages next to the fields.
     */
    private String answer(UUID id, String form, Optional<ClientDetails> saved, boolean htmx, Model model) {
        saved.ifPresent(client -> {
            ClientPage.replace(
                    model,
                    form + "Form",
                    ClientPage.RECORD_FORMS.get(form + "Form").apply(client));
            if (!model.containsAttribute("saved")) {
                saved(model, "form.saved");
            }
            // Without JavaScript the whole page comes back: only this form says it was saved.
            model.addAttribute("savedForm", form);
        });
        if (!htmx) {
            page.fill(model, saved.orElseGet(() -> registry.client(id)), null);
            return "clients/client";
        }
        saved.ifPresent(client -> ClientPage.record(model, client));
        model.addAttribute("clientId", id);
        model.addAttribute("statuses", ClientStatus.values());
        model.addAttribute("formName", form);
        return "clients/form-response :: response";
    }

    private void saved(Model model, String key, Object... args) {
        model.addAttribute("saved", page.text(key, args));
    }
}
