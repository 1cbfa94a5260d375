package ca.clientele.adminportal.forms;

import ca.clientele.adminportal.documents.FieldType;
import ca.clientele.adminportal.documents.FormClient;
import ca.clientele.adminportal.documents.FormClient.FormView;
import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.FieldMessage;
import ca.clientele.platform.portal.ServiceConflictException;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form builder: a new form, or the next draft of an existing one (editing a published form
 * makes version n+1, which the screen says). "Ajouter un champ" and "Retirer" post the whole form
 * and get it back changed, so nothing typed is lost, with htmx (the editor alone) or without
 * JavaScript (the page); "Enregistrer" saves and opens the form's page.
 */
@Controller
class FormEditorController {

    private static final String HTMX = "HX-Request";
    private static final String EDITOR = "formEditor";

    private final FormClient forms;

    FormEditorController(FormClient forms) {
        this.forms = forms;
    }

    @GetMapping("/forms/new")
    String create(Model model) {
        model.addAttribute(EDITOR, FormEditor.blank());
        return page(model, null, null);
    }

    @GetMapping("/forms/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        FormView form = forms.form(id);
        model.addAttribute(EDITOR, FormEditor.of(form));
        return page(model, id, new Edited(form.version(), form.isPublished()));
    }

    @PostMapping("/forms")
    Object saveNew(
            @Valid @ModelAttribute(EDITOR) FormEditor editor,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return post(null, null, editor, binding, action, htmx, model, request, response);
    }

    /** {@code version}, {@code published}: the version being edited, carried by the editor's hidden inputs. */
    @PostMapping("/forms/{id}")
    Object saveExisting(
            @PathVariable UUID id,
            @Valid @ModelAttribute(EDITOR) FormEditor editor,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "false") boolean published,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Edited edited = version == null ? null : new Edited(version, published);
        return post(id, edited, editor, binding, action, htmx, model, request, response);
    }

    @SuppressWarnings("java:S107") // the two posts share everything but the id
    private Object post(
            UUID id,
            Edited edited,
            FormEditor editor,
            BindingResult binding,
            String action,
            boolean htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (action.equals("add") || action.startsWith("remove:")) {
            // Not a save: the form comes back changed, without the messages of a half-typed field.
            FormEditor changed = action.equals("add")
                    ? editor.withFieldAdded()
                    : editor.withFieldRemoved(index(action.substring("remove:".length())));
            ServiceForms.replace(model, EDITOR, changed);
            model.addAttribute(
                    "focusField", action.equals("add") ? changed.fields().size() - 1 : null);
        } else {
            Optional<FormView> saved = ServiceForms.submit(
                    binding,
                    () -> optionErrorsOnTheirField(
                            () -> id == null ? forms.create(editor.body()) : forms.update(id, editor.change())));
            if (saved.isPresent()) {
                String next = "/forms/" + saved.get().id() + "?done=" + (id == null ? "created" : "saved");
                if (htmx) {
                    response.setHeader("HX-Redirect", request.getContextPath() + next);
                    return "forms/editor :: editor";
                }
                return SeeOther.to(next);
            }
        }
        page(model, id, edited);
        return htmx ? "forms/editor :: editor" : "forms/editor";
    }

    private static String page(Model model, UUID id, Edited edited) {
        model.addAttribute("formId", id);
        model.addAttribute("edited", edited);
        model.addAttribute("fieldTypes", List.of(FieldType.values()));
        return "forms/editor";
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notAnIndex) {
            return -1;
        }
    }

    /**
     * The service names an option's mistake {@code fields[2].options[0].labelEn}; the editor has
     * one text area for a field's options, where the message goes.
     */
    static <T> T optionErrorsOnTheirField(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceRejectedException rejected) {
            List<FieldMessage> errors = rejected.errors().stream()
                    .map(error -> error.field() == null
                            ? error
                            : new FieldMessage(
                                    error.field().replaceFirst("^(fields\\[\\d+]\\.options)\\[.*$", "$1"),
                                    error.message()))
                    .toList();
            if (errors.equals(rejected.errors())) {
                throw rejected;
            }
            throw rejected instanceof ServiceConflictException
                    ? new ServiceConflictException("document-service", rejected.detail(), errors)
                    : new ServiceRejectedException("document-service", rejected.status(), rejected.detail(), errors);
        }
    }

    /** The version being edited and whether it is published (then saving makes the next one). */
    record Edited(int version, boolean published) {}
}
