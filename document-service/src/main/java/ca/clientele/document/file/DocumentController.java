package ca.clientele.document.file;

import ca.clientele.document.ticket.TicketReaders;
import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists and describes a client's files. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    // Newest first; the id breaks ties so that pages never overlap.
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.asc("id"));

    private final DocumentFileRepository files;
    private final DocumentAccess access;
    private final DocumentFiles documentFiles;
    private final TicketReaders tickets;
    private final MessageSource messages;

    DocumentController(
            DocumentFileRepository files,
            DocumentAccess access,
            DocumentFiles documentFiles,
            TicketReaders tickets,
            MessageSource messages) {
        this.files = files;
        this.access = access;
        this.documentFiles = documentFiles;
        this.tickets = tickets;
        this.messages = messages;
    }

    /**
     * A client's files, newest first: without {@code purpose}, their documents (shared files, form submissions,
     * vaccination proofs); with it, that purpose only; with {@code ticketId}, that ticket's attachments. A client
     * lists only their own visible files (another client's id answers 404); staff list anyone's.
     */
    @GetMapping
    @Transactional(readOnly = true)
    DocumentPage list(
            @RequestParam UUID clientId,
            @RequestParam(required = false) Purpose purpose,
            @RequestParam(required = false) UUID ticketId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        caller.requireOwnOrStaff(clientId);
        if (ticketId != null && !caller.isStaff()) {
            // Another client's ticket (as the ticket service's events say) has no attachments for this one.
            tickets.requireTicketOf(ticketId, clientId);
        }
        PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
        Set<Visibility> visibilities = DocumentAccess.listable(caller);
        Page<DocumentFile> found = ticketId != null
                ? files.findByClientIdAndTicketIdAndVisibilityInAndDeletedAtIsNull(
                        clientId, ticketId, visibilities, request)
                : files.findByClientIdAndPurposeInAndVisibilityInAndDeletedAtIsNull(
                        clientId, purpose == null ? Purpose.DOCUMENTS : Set.of(purpose), visibilities, request);
        return new DocumentPage(
                found.map(file -> view(file, locale)).getContent(),
                DocumentPage.PageMeta.of(page, size, found.getTotalElements()));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    DocumentView get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return view(access.readable(id, caller), locale);
    }

    /** Renames (staff, or the client who uploaded it) and/or changes the visibility (staff) of a file. */
    @PatchMapping("/{id}")
    @Transactional
    DocumentView change(
            @PathVariable UUID id,
            @Valid @RequestBody DocumentChange change,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        DocumentFile file = access.readable(id, caller);
        FileName name = change.name() == null ? null : FileName.of(change.name());
        return view(documentFiles.change(file, name, change.visibility(), change.version(), caller), locale);
    }

    /** Soft delete (staff, or the client who uploaded it), at the version the caller saw. */
    @DeleteMapping("/{id}")
    @Transactional
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestParam long version, @Parameter(hidden = true) Caller caller) {
        documentFiles.delete(access.readable(id, caller), version, caller);
        return ResponseEntity.noContent().build();
    }

    /**
     * @param name the new display name (its safe form follows)
     * @param visibility the new visibility (staff only)
     * @param version the version the caller saw
     */
    record DocumentChange(
            @Size(min = 1, max = FileName.MAX_LENGTH) @Pattern(regexp = "(?s).*\\S.*")
            String name,

            Visibility visibility,
            @NotNull Long version) {}

    DocumentView view(DocumentFile file, Locale locale) {
        return DocumentView.of(file, messages.getMessage(file.purpose().messageKey(), null, locale));
    }
}
