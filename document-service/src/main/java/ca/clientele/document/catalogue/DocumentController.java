package ca.clientele.document.catalogue;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents")
class DocumentController {

    // Newest first; the id breaks ties so that pages never overlap.
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final DocumentRepository documents;
    private final MessageSource messages;

    DocumentController(DocumentRepository documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    /** A client's documents: their own for a client (another client's id answers 404), anyone's for staff. */
    @GetMapping
    @Transactional(readOnly = true)
    DocumentPage list(
            @RequestParam UUID clientId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        caller.requireOwnOrStaff(clientId);
        Page<Document> found = documents.findByClientId(clientId, PageRequest.of(page, size, NEWEST_FIRST));
        return new DocumentPage(
                found.map(document -> summary(document, locale)).getContent(),
                DocumentPage.PageMeta.of(page, size, found.getTotalElements()));
    }

    private DocumentSummary summary(Document document, Locale locale) {
        return new DocumentSummary(
                document.id(),
                document.kind(),
                messages.getMessage(document.kind().messageKey(), null, locale),
                document.title(),
                document.createdAt());
    }
}
