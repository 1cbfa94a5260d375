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
        return save(
                id,
                VaccinationsBlock.newFormName(petId),
                form,
                binding,
                () -> vaccinations.add(id, petId, form),
                "vaccinations.added",
                htmx,
                model);
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
        return save(
                id,
                VaccinationsBlock.formName(vaccinationId),
                form,
                binding,
                () -> vaccinations.update(id, petId, vaccinationId, form),
                "vaccinations.saved",
                htmx,
                model);
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

    /**
     * A form sent to the registry: saved, the block says so ({@code savedKey}, with the vaccine);
     * refused, the form is shown again under its own model name {@code formName}, as typed, open.
     */
    private String save(
            UUID id,
            String formName,
            VaccinationForm form,
            BindingResult binding,
            Supplier<Vaccination> call,
            String savedKey,
            boolean htmx,
            Model model) {
        Optional<Vaccination> saved = ServiceForms.submit(binding, call);
        if (saved.isEmpty()) {
            model.addAttribute(formName, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, binding);
            model.addAttribute("vaccinationOpen", formName);
        }
        return page.petsAnswer(id, null, saved.map(stored -> page.text(savedKey, stored.vaccineLabel())), htmx, model);
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
