package ca.clientele.booking.branch;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One range of a branch's opening hours on a weekday, in the branch's local time. */
public record OpeningHours(
        DayOfWeek dayOfWeek,
        @JsonFormat(pattern = "HH:mm") LocalTime opens,
        @JsonFormat(pattern = "HH:mm") LocalTime closes) {}
