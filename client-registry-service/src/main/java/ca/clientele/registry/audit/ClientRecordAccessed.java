package ca.clientele.registry.audit;

import java.util.UUID;

/**
 * Data of {@code ca.clientele.client.client-record-accessed} (contract 3): which staff member read
 * or exported which client's record. Ids only: what they saw stays in the registry.
 *
 * @param action VIEWED, EXPORTED or DOWNLOADED
 * @param resource what was read: {@code client-record}, {@code client-contact}, {@code law25-export}
 * @param resourceId its id (the client's id for the record itself)
 */
record ClientRecordAccessed(UUID staffId, String action, String resource, String resourceId) {}
