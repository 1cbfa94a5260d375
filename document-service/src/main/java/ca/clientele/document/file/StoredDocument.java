package ca.clientele.document.file;

import java.util.UUID;

/** A file just stored: its id (what {@code /api/documents/{id}} serves) and its display name. */
public record StoredDocument(UUID id, String name) {}
