package ca.clientele.booking.branch;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One range of a branch's opening hours on a weekday, in the branch's local time. */
public record OpeningHours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {}
