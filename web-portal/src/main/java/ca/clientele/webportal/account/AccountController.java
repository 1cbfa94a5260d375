package ca.clientele.webportal.account;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Détails du compte, as in the seed: picture, bio, names and display name, phones and language
 * (one form), the e-mail address (its own form: Keycloak verifies it), the password (Keycloak's
 * page), communication and sign-in options with their consent history, and the pets
 * ({@link PetsController}).
 */
@Controller
@ClientArea
class AccountController {

    private final RegistryClient registry;
    private final AccountPage page;

    AccountController(RegistryClient registry, AccountPage page) {
        this.registry = registry;
        this.page = page;
    }

    @GetMapping("/compte")
    String account(@ModelAttribute(name = "client", binding = false) ClientRecord client, ModelMap model) {
        page.complete(model, client);
        return AccountPage.VIEW;
    }

    /** {@code /compte/profil}, {@code /compte/courriel}, {@code /compte/options}: see {@link RecordForm}. */
    @PostMapping("/compte/{path:profil|courriel|options}")
    String save(@PathVariable String path, FormPost post) throws NoResourceFoundException {
        RecordForm form = RecordForm.at(path)
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.POST, "/compte/" + path, path));
        ClientRecord client = post.client();
        Forms.Submission<ClientRecord> submission = Forms.submit(
                () -> form.save(registry, client.id(), form.body(post.typed())), form::values, post, form.fieldNames());
        post.add(form.attribute(), submission.form());
        ClientRecord shown = client;
        if (submission.succeeded()) {
            shown = submission.saved();
            post.add("client", shown);
            if (post.htmx()) {
                // The page's other record forms hold the old version: the answer updates them (and
                // the names in the header and sidebar), or their next save would be a conflict.
                post.add("synced", shown);
            }
        }
        if (form == RecordForm.OPTIONS) {
            // The history is part of the options form, and a save adds to it: read after the save.
            page.addConsents(post.model(), client.id());
        }
        return page.render(post, shown, form.fragment());
    }
}
