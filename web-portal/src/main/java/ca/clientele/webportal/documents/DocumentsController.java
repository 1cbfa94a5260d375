package ca.clientele.webportal.documents;

import ca.clientele.webportal.documentservice.DocumentClient;
import ca.clientele.webportal.documentservice.DocumentPage;
import ca.clientele.webportal.documentservice.FormClient;
import ca.clientele.webportal.documentservice.Submission;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Mes documents: the files shared with the client (and the proofs they sent), the forms waiting
 * for them, and the forms they filled with their PDF. Downloads are plain links to the gateway:
 * the bytes never pass through the portal.
 */
@Controller
@ClientArea
class DocumentsController {

    static final int PAGE_SIZE = 20;
    private static final String FORM_SUBMISSION = "FORM_SUBMISSION";

    private final DocumentClient documents;
    private final FormClient forms;

    DocumentsController(DocumentClient documents, FormClient forms) {
        this.documents = documents;
        this.forms = forms;
    }

    @GetMapping("/documents")
    String documents(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DocumentPage shared = documents.list(client.id(), Math.max(page, 0), PAGE_SIZE);
        // A filled form's PDF is listed with its form, below: not twice.
        model.addAttribute(
                "shared",
                shared.content().stream()
                        .filter(document -> !FORM_SUBMISSION.equals(document.purpose()))
                        .toList());
        model.addAttribute("sharedPage", shared);
        model.addAttribute("toFill", forms.toFill(client.id()));
        List<Submission> filled = forms.submissions(client.id()).stream()
                .filter(Submission::submitted)
                .sorted(Comparator.comparing(Submission::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        model.addAttribute("filled", filled);
        return "documents";
    }
}
