package ca.clientele.booking.staff;

import ca.clientele.booking.web.WeeklyRanges;
import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The whole editable state of a staff member (PUT) and the version the editor started from. Weekly ranges never
 * overlap within a day, whatever the branch (one person, one place); the base point is both coordinates or none, and
 * a radius needs it.
 */
@CrossFieldRules
record StaffChanges(
        @NotBlank @Size(max = 100) String name,
        @Email @Size(max = 254) String email,
        @NotNull Boolean active,
        @NotNull @Size(max = 200) List<@NotNull UUID> serviceIds,
        @NotNull @Size(max = 100) List<@NotNull @Valid WorkHoursInput> hours,
        @Valid HomeAreaInput homeArea,
        @NotNull Long version)
        implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        List<CrossFieldRules.Broken> broken = new ArrayList<>(WeeklyRanges.check(
                "hours", hours, WorkHoursInput::dayOfWeek, WorkHoursInput::starts, WorkHoursInput::ends));
        if (homeArea != null) {
            if ((homeArea.baseLatitude() == null) != (homeArea.baseLongitude() == null)) {
                broken.add(new CrossFieldRules.Broken("homeArea.baseLongitude", "booking.staff.base.both"));
            }
            if (homeArea.radiusKm() != null && homeArea.baseLatitude() == null) {
                broken.add(new CrossFieldRules.Broken("homeArea.radiusKm", "booking.staff.radius.base"));
            }
        }
        return broken;
    }
}
