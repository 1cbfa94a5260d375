package ca.clientele.document.file;

import java.util.UUID;

/** The fields of an upload that come before its file part, as sent (the form's order: the file comes last). */
record Upload(UUID clientId, Purpose purpose, Visibility visibility, UUID petId, UUID ticketId) {}
