package ca.clientele.ticket.incident;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An administrator completes or corrects a register entry: every editable field at once, with the
 * version read. Texts are plain text (the PDF and CSV print them as typed). A serious risk with a
 * notification still missing is allowed: that is what the register shows as overdue.
 */
@CrossFieldRules
record IncidentChange(
        @Size(max = TEXT) String personalInformation,
        @Size(max = TEXT) String undescribableReason,
        @Size(max = TEXT) String circumstances,
        @NotNull LocalDate occurredFrom,
        LocalDate occurredTo,
        @NotNull LocalDate learnedFrom,
        LocalDate learnedTo,
        @PositiveOrZero @Max(100_000_000) Integer personsConcerned,
        boolean personsApproximate,
        @Size(max = TEXT) String riskSensitivity,
        @Size(max = TEXT) String riskMaliciousUses,
        @Size(max = TEXT) String riskConsequences,
        @Size(max = TEXT) String riskLikelihood,
        Boolean seriousRisk,
        LocalDate commissionNotifiedOn,
        LocalDate personsNotifiedOn,
        boolean publicNotice,
        @Size(max = TEXT) String publicNoticeReason,
        @Size(max = TEXT) String measures,
        @NotNull Long version)
        implements CrossFieldRules.Checked {

    static final int TEXT = 10_000;

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        List<CrossFieldRules.Broken> broken = new ArrayList<>();
        if (blank(personalInformation) && blank(undescribableReason)) {
            broken.add(rule("personalInformation", "incident.personal-information.required"));
        }
        if (blank(circumstances)) {
            broken.add(rule("circumstances", "incident.circumstances.required"));
        }
        if (before(occurredTo, occurredFrom)) {
            broken.add(rule("occurredTo", "incident.dates.order"));
        }
        if (before(learnedTo, learnedFrom)) {
            broken.add(rule("learnedTo", "incident.dates.order"));
        }
        if (before(learnedFrom, occurredFrom)) {
            broken.add(rule("learnedFrom", "incident.learned.before-occurred"));
        }
        if (seriousRisk != null) {
            // The conclusion rests on the four factors of s. 3.7: each must be written down.
            requireRisk("riskSensitivity", riskSensitivity, broken);
            requireRisk("riskMaliciousUses", riskMaliciousUses, broken);
            requireRisk("riskConsequences", riskConsequences, broken);
            requireRisk("riskLikelihood", riskLikelihood, broken);
        }
        checkNotification("commissionNotifiedOn", commissionNotifiedOn, broken);
        checkNotification("personsNotifiedOn", personsNotifiedOn, broken);
        if (publicNotice && blank(publicNoticeReason)) {
            broken.add(rule("publicNoticeReason", "incident.public-notice.reason"));
        }
        return broken;
    }

    private void checkNotification(String field, LocalDate notifiedOn, List<CrossFieldRules.Broken> broken) {
        if (notifiedOn == null) {
            return;
        }
        if (seriousRisk == null) {
            broken.add(rule(field, "incident.notified.unassessed"));
        } else if (before(notifiedOn, learnedFrom)) {
            broken.add(rule(field, "incident.notified.before-learned"));
        }
    }

    private static void requireRisk(String field, String value, List<CrossFieldRules.Broken> broken) {
        if (blank(value)) {
            broken.add(rule(field, "incident.risk.required"));
        }
    }

    /** Whether {@code date} is known, and strictly before {@code start} (when that is known). */
    private static boolean before(LocalDate date, LocalDate start) {
        return date != null && start != null && date.isBefore(start);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static CrossFieldRules.Broken rule(String field, String key) {
        return new CrossFieldRules.Broken(field, key);
    }
}
