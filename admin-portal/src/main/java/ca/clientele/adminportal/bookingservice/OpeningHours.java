package ca.clientele.adminportal.bookingservice;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening range of a weekday, in the branch's time zone. */
public record OpeningHours(
        DayOfWeek dayOfWeek,
        @JsonFormat(pattern = "HH:mm") LocalTime opens,
        @JsonFormat(pattern = "HH:mm") LocalTime closes) {}
