package ca.clientele.document.catalogue;

import java.time.Instant;
import java.util.UUID;

/** A catalogue line: what it is, with its kind labelled in the caller's language. */
record DocumentSummary(UUID id, DocumentKind kind, String kindLabel, String title, Instant createdAt) {}
