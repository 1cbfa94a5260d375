package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.RegistryClient;
import ca.clientele.webportal.registry.Vaccination;
import ca.clientele.webportal.registry.VaccinationClient;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The vaccinations of each pet in Mes animaux: add, edit and delete the client's records (the
 * proof is uploaded by the browser to the document-service; the form carries its id). Each answer
 * is the whole pets section, as for the pets themselves, with the form that was used showing its
 * outcome and left open ({@code vaccinationOpen}) when it has something to say.
 */
@Controller
@ClientArea
class VaccinationsController {

    private static final String HTMX = "HX-Request";

    private final VaccinationClient vaccinations;
    private final RegistryClient registry;
    private final AccountPage page;

    VaccinationsController(VaccinationClient vaccinations, RegistryClient registry, AccountPage page) {
        this.vaccinations = vaccinations;
        this.registry = registry;
        this.page = page;
    }

    @PostMapping("/compte/animaux/{petId}/vaccins")
    String add(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @PathVariable UUID petId,
            @Valid @ModelAttribute("vaccinationForm") VaccinationForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        Optional<Vaccination> added =
                ServiceForms.submit(result, () -> vaccinations.add(client.id(), petId, form.toDetails()));
        String name = AccountPage.newVaccinationFormName(petId);
        if (added.isPresent()) {
            model.addAttribute("vaccinationNotice", AccountPage.VaccinationNotice.done(petId, "added"));
        } else {
            AccountPage.showPosted(model, name, form, result);
            model.addAttribute("vaccinationOpen", name);
        }
        return pets(model, client, htmx);
    }

    @PostMapping("/compte/animaux/{petId}/vaccins/{vaccinationId}")
    String edit(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @Valid @ModelAttribute("vaccinationForm") VaccinationForm form,
            BindingResult result,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        Optional<Vaccination> saved = ServiceForms.submit(
                result, () -> vaccinations.update(client.id(), petId, vaccinationId, form.toUpdate()));
        if (saved.isPresent()) {
            model.addAttribute("vaccinationNotice", AccountPage.VaccinationNotice.done(petId, "saved"));
        } else {
            String name = AccountPage.vaccinationFormName(vaccinationId);
            AccountPage.showPosted(model, name, form, result);
            model.addAttribute("vaccinationOpen", name);
        }
        return pets(model, client, htmx);
    }

    /** A refusal (a conflict, the registry down) is said in the pet's vaccinations, as an alert. */
    @PostMapping("/compte/animaux/{petId}/vaccins/{vaccinationId}/supprimer")
    String delete(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestParam long version,
            Model model,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx) {
        BindingResult outcome = new BeanPropertyBindingResult(VaccinationForm.blank(), "vaccinationForm");
        boolean deleted = ServiceForms.submit(outcome, () -> {
                    vaccinations.delete(client.id(), petId, vaccinationId, version);
                    return true;
                })
                .isPresent();
        model.addAttribute(
                "vaccinationNotice",
                deleted
                        ? AccountPage.VaccinationNotice.done(petId, "deleted")
                        : new AccountPage.VaccinationNotice(
                                petId,
                                outcome.getGlobalError().getCode(),
                                outcome.getGlobalError().getDefaultMessage()));
        return pets(model, client, htmx);
    }

    private String pets(Model model, ClientRecord client, boolean htmx) {
        page.addPets(model, client.id(), registry.pets(client.id()));
        return page.render(model, client, htmx, AccountPage.PETS_FRAGMENT);
    }
}
