package ca.clientele.adminportal.settings;

import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceNotFoundException;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Configuration" for staff: the ticket categories and the "Service(s) souhaité(s)" options
 * clients choose from. A list with an add form, and one page per entry to relabel, retire or bring
 * it back (retired ones stay on old tickets). Plain posts answered with a 303 once saved, or the
 * same page with the messages next to the inputs.
 */
@Controller
class ChoiceController {

    private static final String KINDS = "{kind:categories|service-options}";

    private final SettingsClient settings;

    ChoiceController(SettingsClient settings) {
        this.settings = settings;
    }

    @GetMapping("/settings")
    String settings() {
        return "redirect:/settings/categories";
    }

    @GetMapping("/settings/" + KINDS)
    String list(@PathVariable String kind, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("choiceForm", ChoiceForm.blank());
        model.addAttribute("done", done);
        return list(ChoiceKind.of(kind), model);
    }

    @PostMapping("/settings/" + KINDS)
    Object add(
            @PathVariable String kind,
            @Valid @ModelAttribute ChoiceForm choiceForm,
            BindingResult binding,
            Model model) {
        if (choiceForm.code() == null) {
            binding.rejectValue("code", "NotBlank");
        }
        ChoiceKind choices = ChoiceKind.of(kind);
        return ServiceForms.submit(binding, () -> choices.add(settings, choiceForm.toNew()))
                .<Object>map(added -> SeeOther.to("/settings/" + kind + "?done=added"))
                .orElseGet(() -> list(choices, model));
    }

    @GetMapping("/settings/" + KINDS + "/{id}")
    String edit(@PathVariable String kind, @PathVariable UUID id, Model model) {
        ChoiceKind choices = ChoiceKind.of(kind);
        Choice choice = find(choices, id);
        model.addAttribute("choiceForm", ChoiceForm.of(choice));
        return edit(choices, choice, model);
    }

    @PostMapping("/settings/" + KINDS + "/{id}")
    Object change(
            @PathVariable String kind,
            @PathVariable UUID id,
            @Valid @ModelAttribute ChoiceForm choiceForm,
            BindingResult binding,
            Model model) {
        ChoiceKind choices = ChoiceKind.of(kind);
        return ServiceForms.submit(binding, () -> choices.change(settings, id, choiceForm.toChange()))
                .<Object>map(changed -> SeeOther.to("/settings/" + kind + "?done=saved"))
                .orElseGet(() -> edit(choices, find(choices, id), model));
    }

    private String list(ChoiceKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("choices", kind.list(settings));
        return "settings/choices";
    }

    private String edit(ChoiceKind kind, Choice choice, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("choice", choice);
        return "settings/choice";
    }

    private Choice find(ChoiceKind kind, UUID id) {
        return kind.list(settings).stream()
                .filter(choice -> id.equals(choice.id()))
                .findFirst()
                .orElseThrow(() -> new ServiceNotFoundException("tickets"));
    }
}
