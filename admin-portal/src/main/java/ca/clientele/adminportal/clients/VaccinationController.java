package ca.clientele.adminportal.clients;

import ca.clientele.platform.portal.ServiceForms;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A pet's vaccinations on the client page: add, edit, delete and "Marquer vérifié". Each answer is
 * the pets block again, read back from the registry, with the action's notice; a refused form stays
 * open as typed; a refused delete or verification is said on the pet's records.
 */
@Controller
class VaccinationController {

    private static final String HTMX = "HX-Request";
    private static final String BASE = "/clients/{id}/pets/{petId}/vaccinations";

    private final VaccinationClient vaccinations;
    private final ClientPage page;

    VaccinationController(VaccinationClient vaccinations, ClientPage page) {
        this.vaccinations = vaccinations;
        this.page = page;
    }

    @PostMapping(BASE)
    String add(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @ModelAttribute("vaccinationForm") VaccinationForm form,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<Vaccination> added = ServiceForms.submit(binding, () -> vaccinations.add(id, petId, form));
        if (added.isEmpty()) {
            refusedForm(model, VaccinationsBlock.newFormName(petId), form, binding);
        }
        return page.petsAnswer(
                id, null, added.map(saved -> page.text("vaccinations.added", saved.vaccineLabel())), htmx, model);
    }

    @PostMapping(BASE + "/{vaccinationId}")
    String edit(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @ModelAttribute("vaccinationForm") VaccinationForm form,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<Vaccination> saved =
                ServiceForms.submit(binding, () -> vaccinations.update(id, petId, vaccinationId, form));
        if (saved.isEmpty()) {
            refusedForm(model, VaccinationsBlock.formName(vaccinationId), form, binding);
        }
        return page.petsAnswer(
                id, null, saved.map(stored -> page.text("vaccinations.saved", stored.vaccineLabel())), htmx, model);
    }

    @PostMapping(BASE + "/{vaccinationId}/verify")
    String verify(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestParam long version,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<Vaccination> verified = action(
                model,
                petId,
                () -> vaccinations.verify(id, petId, vaccinationId, new VaccinationClient.Version(version)));
        return page.petsAnswer(
                id,
                null,
                verified.map(stored -> page.text("vaccinations.verified-now", stored.vaccineLabel())),
                htmx,
                model);
    }

    @PostMapping(BASE + "/{vaccinationId}/delete")
    String delete(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestParam long version,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<Boolean> deleted = action(model, petId, () -> {
            vaccinations.delete(id, petId, vaccinationId, version);
            return true;
        });
        return page.petsAnswer(id, null, deleted.map(done -> page.text("vaccinations.deleted")), htmx, model);
    }

    /** A form the registry refused: shown again under its own name, as typed, and left open. */
    private static void refusedForm(Model model, String name, VaccinationForm form, BindingResult binding) {
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
        model.addAttribute("vaccinationOpen", name);
    }

    /** A one-button action; its refusal (a conflict, the registry down) becomes the pet's alert. */
    private <T> Optional<T> action(Model model, UUID petId, Supplier<T> call) {
        BindingResult outcome = new BeanPropertyBindingResult(VaccinationForm.blank(), "vaccinationForm");
        Optional<T> done = ServiceForms.submit(outcome, call);
        if (done.isEmpty() && outcome.hasErrors()) {
            ObjectError error = outcome.getAllErrors().getFirst();
            String text = ServiceForms.REJECTED.equals(error.getCode())
                    ? error.getDefaultMessage()
                    : page.text(error.getCode());
            model.addAttribute("vaccinationRefusal", new VaccinationsBlock.Refusal(petId, text));
        }
        return done;
    }
}
