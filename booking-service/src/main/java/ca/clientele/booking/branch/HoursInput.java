package ca.clientele.booking.branch;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A range of opening hours as typed: "09:00" to "17:00" on a weekday (MONDAY…). */
record HoursInput(
        @NotNull DayOfWeek dayOfWeek,
        @NotNull LocalTime opens,
        @NotNull LocalTime closes) {

    OpeningHours toHours() {
        return new OpeningHours(dayOfWeek, opens, closes);
    }
}
