package ca.clientele.document.file;

import java.util.UUID;

/** What is known of a file before its bytes: whose, why, for whom, and who adds it. */
record FileFacts(
        UUID id,
        UUID clientId,
        Purpose purpose,
        Visibility visibility,
        FileName name,
        UUID actorId,
        boolean actorIsStaff,
        UUID petId,
        UUID ticketId,
        UUID submissionId) {}
