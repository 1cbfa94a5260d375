package ca.clientele.booking.staff;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Extra working hours on one date at a branch ("10:00" to "14:00" in the branch's time). */
@CrossFieldRules
record NewExtraHours(
        @NotNull UUID branchId,
        @NotNull LocalDate date,
        @NotNull LocalTime starts,
        @NotNull LocalTime ends) implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        return starts != null && ends != null && !starts.isBefore(ends)
                ? List.of(new CrossFieldRules.Broken("ends", "booking.range.order"))
                : List.of();
    }
}
