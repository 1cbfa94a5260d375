package ca.clientele.adminportal.tickets;

import java.util.UUID;

/** A file already stored by document-service (the browser sent it there), referred to by a message. */
public record Attachment(UUID documentId, String name, String contentType, Long size) {}
