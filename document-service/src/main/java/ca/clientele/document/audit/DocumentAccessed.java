package ca.clientele.document.audit;

import java.util.UUID;

/**
 * Data of {@code ca.clientele.document.document-accessed} (contract 3): which staff member viewed
 * or downloaded which client's file. Ids only (never the file's name, which may be personal).
 */
record DocumentAccessed(UUID staffId, String action, String resource, String resourceId) {}
