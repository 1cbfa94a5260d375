package ca.clientele.ticket.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A register entry with every field s. 7 of the Regulation asks for. {@code seriousRisk} is null
 * until the risk is assessed; {@code overdue}: serious, and the Commission or the persons (or the
 * public) not notified yet; {@code retainedUntil}: the earliest day the entry may be destroyed.
 */
record IncidentView(
        UUID id,
        UUID ticketId,
        int ticketNumber,
        UUID clientId,
        String personalInformation,
        String undescribableReason,
        String circumstances,
        LocalDate occurredFrom,
        LocalDate occurredTo,
        LocalDate learnedFrom,
        LocalDate learnedTo,
        Integer personsConcerned,
        boolean personsApproximate,
        String riskSensitivity,
        String riskMaliciousUses,
        String riskConsequences,
        String riskLikelihood,
        Boolean seriousRisk,
        LocalDate commissionNotifiedOn,
        LocalDate personsNotifiedOn,
        boolean publicNotice,
        String publicNoticeReason,
        String measures,
        boolean overdue,
        LocalDate retainedUntil,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
