package ca.clientele.booking.staff;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A range of weekly working hours as typed: at a branch, on a weekday, "09:00" to "17:00" in the branch's time. */
record WorkHoursInput(
        @NotNull UUID branchId,
        @NotNull DayOfWeek dayOfWeek,
        @NotNull LocalTime starts,
        @NotNull LocalTime ends) {

    WeeklyHours toHours() {
        return new WeeklyHours(branchId, dayOfWeek, starts, ends);
    }
}
