package ca.clientele.webportal.documents;

import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceNotFoundException;
import ca.clientele.webportal.documentservice.FormClient;
import ca.clientele.webportal.documentservice.FormToFill;
import ca.clientele.webportal.documentservice.FormView;
import ca.clientele.webportal.documentservice.SubmissionView;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Filling a form of Mes documents: the version the document-service offers the client, in their
 * language, with their draft if they saved one; "Enregistrer le brouillon" saves without the
 * required checks, "Soumettre" submits (then the form is final and its PDF among the documents).
 * Only a form the service lists as waiting for this client can be opened or posted.
 */
@Controller
@ClientArea
class FormFillController {

    static final String VIEW = "form-fill";
    private static final String SUBMIT = "submit";

    private final FormClient forms;
    private final MessageSource messages;

    FormFillController(FormClient forms, MessageSource messages) {
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/documents/formulaires/{formId}")
    String open(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @PathVariable UUID formId,
            Model model) {
        FormToFill waiting = waiting(client, formId);
        FormView form = forms.version(formId, waiting.formVersion());
        FillForm fill;
        if (waiting.draftSubmissionId() == null) {
            fill = FillForm.stored(null, null);
        } else {
            SubmissionView draft = forms.submission(waiting.draftSubmissionId());
            fill = FillForm.stored(draft.answers(), draft.rowVersion());
        }
        BindingResult result = new DirectFieldBindingResult(fill, FillForm.NAME);
        return render(model, form, result, false);
    }

    @PostMapping("/documents/formulaires/{formId}")
    String save(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @PathVariable UUID formId,
            @RequestParam(defaultValue = "draft") String action,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
        FormView form = forms.version(formId, waiting(client, formId).formVersion());
        BindingResult result = FillForm.posted(form, params);
        FillForm fill = (FillForm) result.getTarget();
        boolean submit = SUBMIT.equals(action);
        if (submit) {
            ServiceForms.submit(result, () -> forms.submit(formId, client.id(), fill.toRequest()))
                    .ifPresent(sent -> model.addAttribute("sent", sent));
        } else {
            Optional<SubmissionView> draft =
                    ServiceForms.submit(result, () -> forms.saveDraft(formId, client.id(), fill.toRequest()));
            if (draft.isPresent()) {
                model.addAttribute("saved", true);
                // The next save from this page goes with the version just stored.
                result = new DirectFieldBindingResult(fill.savedAs(draft.get().rowVersion()), FillForm.NAME);
            }
        }
        render(model, form, result, submit);
        return htmx ? VIEW + " :: fill" : VIEW;
    }

    private FormToFill waiting(ClientRecord client, UUID formId) {
        return forms.toFill(client.id()).stream()
                .filter(form -> form.formId().equals(formId))
                .findFirst()
                .orElseThrow(() -> new ServiceNotFoundException("documents"));
    }

    private String render(Model model, FormView form, BindingResult result, boolean submitting) {
        Locale locale = LocaleContextHolder.getLocale();
        FillForm fill = (FillForm) result.getTarget();
        model.addAttribute("form", form);
        model.addAttribute("formTitle", form.title(locale));
        model.addAttribute("description", form.description(locale));
        model.addAttribute(
                "fields",
                form.fieldsOrEmpty().stream()
                        .map(field -> FieldInput.of(
                                field, fill.typed(field.key()), error(result, field.key(), locale), locale))
                        .toList());
        model.addAttribute("submitting", submitting);
        model.addAttribute(FillForm.NAME, fill);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FillForm.NAME, result);
        return VIEW;
    }

    private String error(BindingResult result, String key, Locale locale) {
        FieldError error = result.getFieldError(FillForm.param(key));
        return error == null ? null : messages.getMessage(error, locale);
    }
}
