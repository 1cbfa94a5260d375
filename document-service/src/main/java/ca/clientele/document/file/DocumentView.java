package ca.clientele.document.file;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file as the API shows it: its original name for display, what was detected of its bytes, who added it and
 * when, whether it has a thumbnail ({@code image}), and the version to send back when changing it.
 */
record DocumentView(
        UUID id,
        UUID clientId,
        Purpose purpose,
        String purposeLabel,
        String name,
        String contentType,
        long size,
        String sha256,
        Visibility visibility,
        UUID uploadedBy,
        boolean uploadedByStaff,
        Instant uploadedAt,
        boolean image,
        UUID petId,
        UUID ticketId,
        UUID submissionId,
        long version) {

    static DocumentView of(DocumentFile file, String purposeLabel) {
        return new DocumentView(
                file.id(),
                file.clientId(),
                file.purpose(),
                purposeLabel,
                file.name(),
                file.contentType(),
                file.size(),
                file.sha256(),
                file.visibility(),
                file.uploadedBy(),
                file.uploadedByStaff(),
                file.uploadedAt(),
                file.hasThumbnail(),
                file.petId(),
                file.ticketId(),
                file.submissionId(),
                file.version());
    }
}
