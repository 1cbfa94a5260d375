package ca.clientele.webportal.documentservice;

import java.time.Instant;
import java.util.UUID;

/**
 * One document as the document-service lists it, with what the portal shows. {@code purpose}
 * stays a string (tolerant reader); {@code purposeLabel} is already in the client's language.
 */
public record DocumentView(
        UUID id,
        String purpose,
        String purposeLabel,
        String name,
        String contentType,
        long size,
        Instant uploadedAt,
        boolean uploadedByStaff,
        boolean image) {

    /** The download, through the gateway straight from the document-service. */
    public String contentUrl() {
        return "/api/documents/" + id + "/content";
    }
}
