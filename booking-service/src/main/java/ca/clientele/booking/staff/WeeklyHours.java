package ca.clientele.booking.staff;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A range of a staff member's weekly working hours at a branch, in that branch's local time. */
public record WeeklyHours(
        UUID branchId,
        DayOfWeek dayOfWeek,
        @JsonFormat(pattern = "HH:mm") LocalTime starts,
        @JsonFormat(pattern = "HH:mm") LocalTime ends) {}
