package ca.clientele.registry.client;

import java.time.Instant;
import java.util.UUID;

/** One row of the staff client list. */
record ClientSummary(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String mobilePhone,
        ClientStatus status,
        UUID preferredBranchId,
        Instant createdAt) {}
