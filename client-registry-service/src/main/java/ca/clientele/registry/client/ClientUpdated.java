package ca.clientele.registry.client;

import java.util.List;
import java.util.UUID;

/** Data of {@code ca.clientele.client.client-updated}: the NAMES of the changed fields, never values. */
record ClientUpdated(UUID clientId, List<String> changedFields, UUID changedBy) {}
