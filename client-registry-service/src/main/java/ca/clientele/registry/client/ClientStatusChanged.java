package ca.clientele.registry.client;

import java.util.UUID;

/** Data of {@code ca.clientele.client.client-status-changed}; the reason stays in the registry. */
record ClientStatusChanged(UUID clientId, ClientStatus from, ClientStatus to, UUID changedBy) {}
