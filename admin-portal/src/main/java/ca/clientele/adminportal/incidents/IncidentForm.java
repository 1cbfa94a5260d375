package ca.clientele.adminportal.incidents;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A register entry as an administrator completes it, field by field as s. 7 of the regulation
 * lists them. The portal checks sizes and numbers only; the rules between fields (the period's
 * end after its start, notification dates once the risk is serious) are ticket-service's, whose
 * messages come back next to their fields. It is also the body of the update: the service's
 * names.
 */
record IncidentForm(
        @Size(max = 4000) String personalInformation,
        @Size(max = 4000) String undescribableReason,
        @Size(max = 4000) String circumstances,
        LocalDate occurredFrom,
        LocalDate occurredTo,
        LocalDate learnedFrom,
        LocalDate learnedTo,
        @Min(0) Integer personsConcerned,
        boolean personsApproximate,
        @Size(max = 4000) String riskSensitivity,
        @Size(max = 4000) String riskMaliciousUses,
        @Size(max = 4000) String riskConsequences,
        @Size(max = 4000) String riskLikelihood,
        Boolean seriousRisk,
        LocalDate commissionNotifiedOn,
        LocalDate personsNotifiedOn,
        boolean publicNotice,
        @Size(max = 4000) String publicNoticeReason,
        @Size(max = 4000) String measures,
        long version) {

    static IncidentForm of(IncidentView incident) {
        return new IncidentForm(
                incident.personalInformation(),
                incident.undescribableReason(),
                incident.circumstances(),
                incident.occurredFrom(),
                incident.occurredTo(),
                incident.learnedFrom(),
                incident.learnedTo(),
                incident.personsConcerned(),
                incident.personsApproximate(),
                incident.riskSensitivity(),
                incident.riskMaliciousUses(),
                incident.riskConsequences(),
                incident.riskLikelihood(),
                incident.seriousRisk(),
                incident.commissionNotifiedOn(),
                incident.personsNotifiedOn(),
                incident.publicNotice(),
                incident.publicNoticeReason(),
                incident.measures(),
                incident.version());
    }
}
