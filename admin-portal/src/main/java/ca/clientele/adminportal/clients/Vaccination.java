package ca.clientele.adminportal.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pet's vaccination record as the registry returns it; {@code vaccineLabel} is in the staff
 * member's language (the other name for OTHER); {@code current}: valid through today.
 */
record Vaccination(
        UUID id,
        String vaccine,
        String vaccineLabel,
        String otherName,
        LocalDate givenOn,
        LocalDate validUntil,
        String clinic,
        UUID proofDocumentId,
        boolean verified,
        Instant verifiedAt,
        boolean current,
        long version) {}
