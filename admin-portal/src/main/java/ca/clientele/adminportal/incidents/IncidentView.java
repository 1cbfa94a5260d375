package ca.clientele.adminportal.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of the register, its fields those of s. 7 of the regulation respecting confidentiality
 * incidents; {@code overdue}: the risk is serious and a notification date is missing.
 */
record IncidentView(
        UUID id,
        UUID ticketId,
        Integer ticketNumber,
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
        long version) {

    /** {@code YES}, {@code NO} or {@code UNASSESSED}: the conclusion's label key. */
    public String riskConclusion() {
        return seriousRisk == null ? "UNASSESSED" : seriousRisk ? "YES" : "NO";
    }
}
