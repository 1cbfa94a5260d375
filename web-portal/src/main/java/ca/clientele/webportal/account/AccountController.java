package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.RegistryClient;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Détails du compte, as in the seed: picture, bio, names and display name, phones and language
 * (one form), the e-mail address (its own form: Keycloak verifies it), the password (Keycloak's
 * page), communication and sign-in options with their consent history, and the pets
 * ({@link PetsController}). Each form sends its part of the record with the record's version and
 * gets the whole record back.
 */
@Controller
@ClientArea
class AccountController {

    private static final String HTMX = "HX-Request";

    private final RegistryClient registry;
    private final AccountPage page;

    AccountController(RegistryClient registry, AccountPage page) {
        this.registry = registry;
        this.page = page;
    }

    @GetMapping("/compte")
    String account(@ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        return page.render(model, client, false, null);
    }

    @PostMapping("/compte/profil")
    String profile(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        Optional<ClientRecord> saved = save(
                model,
                "profileForm",
                result,
                () -> registry.saveProfile(client.id(), form.toRequest()),
                stored -> ProfileForm.of(stored, LocaleContextHolder.getLocale()),
                htmx);
        return page.render(model, saved.orElse(client), htmx, "profile-form");
    }

    @PostMapping("/compte/courriel")
    String email(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @Valid @ModelAttribute("emailForm") EmailForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        Optional<ClientRecord> saved = save(
                model,
                "emailForm",
                result,
                () -> registry.saveEmail(client.id(), form.toRequest()),
                EmailForm::of,
                htmx);
        return page.render(model, saved.orElse(client), htmx, "email-form");
    }

    @PostMapping("/compte/options")
    String options(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @Valid @ModelAttribute("optionsForm") OptionsForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        Optional<ClientRecord> saved = save(
                model,
                "optionsForm",
                result,
                () -> registry.saveOptions(client.id(), form.toRequest()),
                OptionsForm::of,
                htmx);
        // The history is part of the options form, and a save adds to it: read after the save.
        page.addConsents(model, client.id());
        return page.render(model, saved.orElse(client), htmx, "options-form");
    }

    /**
     * After a save the form shows the record as stored, and the page's other record forms and names
     * are updated: after an htmx save out of band ({@code synced}), or their next save would be a
     * conflict on the old version.
     */
    private static Optional<ClientRecord> save(
            Model model,
            String name,
            BindingResult result,
            Supplier<ClientRecord> call,
            Function<ClientRecord, Object> stored,
            boolean htmx) {
        Optional<ClientRecord> saved = ServiceForms.submit(result, call);
        saved.ifPresent(record -> {
            model.addAttribute("client", record);
            if (htmx) {
                model.addAttribute("synced", record);
            }
            model.addAttribute("saved", name);
            ServiceForms.replace(model, name, stored.apply(record));
        });
        return saved;
    }
}
