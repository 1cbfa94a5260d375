package ca.clientele.adminportal.documents;

import ca.clientele.adminportal.web.Fallback;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Section 2 of the client page: the client's files, what they were given to fill and what they
 * filled, and the published forms staff may assign. Each part degrades to a notice when the
 * document-service fails, so the rest of the client page still works.
 */
@Component
public class DocumentsSection {

    /** The newest files shown; the list says when there are more. */
    static final int SIZE = 50;

    private final DocumentClient documents;
    private final FormClient forms;

    DocumentsSection(DocumentClient documents, FormClient forms) {
        this.documents = documents;
        this.forms = forms;
    }

    /** Everything the section shows, for the client page and the section's own page. */
    public void fill(Model model, UUID clientId) {
        files(model, clientId);
        forms(model, clientId);
    }

    void files(Model model, UUID clientId) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("visibilities", Visibility.values());
        Fallback.intoModel(model, "documents", () -> documents.list(clientId, 0, SIZE));
    }

    /** Submissions, forms still to fill, and the forms that can be assigned (published ones). */
    void forms(Model model, UUID clientId) {
        model.addAttribute("clientId", clientId);
        Fallback.intoModel(model, "submissions", () -> forms.submissions(clientId));
        Fallback.intoModel(model, "formsToFill", () -> forms.toFill(clientId));
        Fallback.intoModel(
                model,
                "assignableForms",
                () -> forms.forms().stream()
                        .filter(FormClient.FormSummary::isAssignable)
                        .toList());
        if (!model.containsAttribute("formAssignment")) {
            model.addAttribute("formAssignment", new FormAssignment(null));
        }
    }
}
