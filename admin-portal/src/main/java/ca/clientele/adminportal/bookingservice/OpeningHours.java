package ca.clientele.adminportal.bookingservice;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening range of a weekday, in the branch's time zone. */
public record OpeningHours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {}
