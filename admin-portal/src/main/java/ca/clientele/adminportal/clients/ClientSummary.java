package ca.clientele.adminportal.clients;

import java.time.Instant;
import java.util.UUID;

/** One row of the registry's staff search. Status stays a string: a new status still renders. */
record ClientSummary(
        UUID id,
        String displayName,
        String firstName,
        String lastName,
        String email,
        String mobilePhone,
        String status,
        UUID preferredBranchId,
        Instant createdAt) {}
