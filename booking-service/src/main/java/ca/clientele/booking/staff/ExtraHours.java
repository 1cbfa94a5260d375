package ca.clientele.booking.staff;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Working hours outside the weekly ones on one date at a branch, in that branch's local time. */
public record ExtraHours(
        UUID id,
        UUID branchId,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime starts,
        @JsonFormat(pattern = "HH:mm") LocalTime ends) {}
