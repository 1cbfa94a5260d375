package ca.clientele.webportal.documentservice;

import java.time.Instant;
import java.util.UUID;

/**
 * A form the client filled (or a draft of it). Once submitted, {@code documentId} is its PDF among
 * the client's documents. Status stays a string (tolerant reader): DRAFT or SUBMITTED today.
 */
public record Submission(
        UUID id,
        UUID formId,
        int formVersion,
        String title,
        String status,
        Instant updatedAt,
        Instant submittedAt,
        UUID documentId) {

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    /** The PDF, through the gateway straight from the document-service; null before submission. */
    public String pdfUrl() {
        return documentId == null ? null : "/api/documents/" + documentId + "/content";
    }
}
