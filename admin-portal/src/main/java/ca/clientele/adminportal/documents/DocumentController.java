package ca.clientele.adminportal.documents;

import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The actions of section 2 of the client page: rename a file, change who sees it, delete it, and
 * give the client a form. With htmx each answers its block of the section again, read back from
 * the document-service, with a refusal said on the file's row; without JavaScript the answer is the
 * section as a page of its own. Uploads go from the browser to the gateway (documents.js), which
 * then asks for the files block again.
 */
@Controller
class DocumentController {

    private static final String HTMX = "HX-Request";
    private static final String ACTION = "documentAction";

    private final DocumentClient documents;
    private final FormClient forms;
    private final DocumentsSection section;
    private final MessageSource messages;

    DocumentController(DocumentClient documents, FormClient forms, DocumentsSection section, MessageSource messages) {
        this.documents = documents;
        this.forms = forms;
        this.section = section;
        this.messages = messages;
    }

    /** The files block (htmx, after an upload), or the whole section as a page. */
    @GetMapping("/clients/{id}/documents")
    String files(@PathVariable UUID id, @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx, Model model) {
        return answer(id, Optional.empty(), htmx, model);
    }

    @PostMapping("/clients/{id}/documents/{documentId}/name")
    String rename(
            @PathVariable UUID id,
            @PathVariable UUID documentId,
            @Valid @ModelAttribute(ACTION) DocumentForms.Rename rename,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<String> notice = ServiceForms.submit(binding, () -> documents.change(documentId, rename.change()))
                .map(renamed -> text("documents.saved.renamed", renamed.name()));
        return answer(id, documentId, "rename", notice, htmx, model);
    }

    @PostMapping("/clients/{id}/documents/{documentId}/visibility")
    String visibility(
            @PathVariable UUID id,
            @PathVariable UUID documentId,
            @Valid @ModelAttribute(ACTION) DocumentForms.ChangeVisibility change,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<String> notice = ServiceForms.submit(binding, () -> documents.change(documentId, change.change()))
                .map(changed -> text("documents.saved.visibility." + changed.visibility(), changed.name()));
        return answer(id, documentId, "visibility", notice, htmx, model);
    }

    @PostMapping("/clients/{id}/documents/{documentId}/delete")
    String delete(
            @PathVariable UUID id,
            @PathVariable UUID documentId,
            @ModelAttribute(ACTION) DocumentForms.Delete deletion,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        Optional<String> notice = ServiceForms.submit(binding, () -> {
                    documents.delete(documentId, deletion.version());
                    return true;
                })
                .map(deleted -> text("documents.saved.deleted"));
        return answer(id, documentId, "delete", notice, htmx, model);
    }

    /** "Assigner un formulaire": the client sees it in their portal, to fill. */
    @PostMapping("/clients/{id}/documents/assignments")
    String assign(
            @PathVariable UUID id,
            @Valid @ModelAttribute FormAssignment formAssignment,
            BindingResult binding,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            Model model) {
        ServiceForms.submit(binding, () -> forms.assign(formAssignment.formId(), new FormClient.AssignmentBody(id)))
                .ifPresent(assigned -> {
                    model.addAttribute("formsNotice", text("documents.saved.assigned"));
                    ServiceForms.replace(model, "formAssignment", new FormAssignment(null));
                });
        if (!htmx) {
            section.fill(model, id);
            return "documents/page";
        }
        section.forms(model, id);
        return "documents/section :: forms";
    }

    /** A row action's answer: the files again, with its notice or, refused, the reason on its row. */
    private String answer(UUID id, UUID documentId, String action, Optional<String> notice, boolean htmx, Model model) {
        if (notice.isEmpty()) {
            model.addAttribute("refusedDocument", documentId);
            model.addAttribute("refusedAction", action);
        }
        return answer(id, notice, htmx, model);
    }

    private String answer(UUID id, Optional<String> notice, boolean htmx, Model model) {
        notice.ifPresent(text -> model.addAttribute("documentsNotice", text));
        if (!htmx) {
            section.fill(model, id);
            return "documents/page";
        }
        section.files(model, id);
        return "documents/section :: files";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
