package ca.clientele.booking.branch;

import ca.clientele.booking.web.WeeklyRanges;
import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The whole weekly opening hours of a branch (PUT) and the version the editor started from. */
@CrossFieldRules
record HoursChange(
        @NotNull @Size(max = 50) List<@NotNull @Valid HoursInput> hours,
        @NotNull Long version) implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        return WeeklyRanges.check("hours", hours, HoursInput::dayOfWeek, HoursInput::opens, HoursInput::closes);
    }
}
