package ca.clientele.adminportal.bookingservice;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A staff member's weekly working range at a branch, in the branch's time zone. */
public record WorkingHours(
        UUID branchId,
        DayOfWeek dayOfWeek,
        @JsonFormat(pattern = "HH:mm") LocalTime starts,
        @JsonFormat(pattern = "HH:mm") LocalTime ends) {

    public boolean covers(LocalTime time) {
        return !time.isBefore(starts) && time.isBefore(ends);
    }
}
