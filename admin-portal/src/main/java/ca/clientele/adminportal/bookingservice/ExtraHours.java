package ca.clientele.adminportal.bookingservice;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A staff member's working hours outside the weekly ones: one date at a branch, in the branch's time. */
public record ExtraHours(
        UUID id,
        UUID branchId,
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime starts,
        @JsonFormat(pattern = "HH:mm") LocalTime ends) {}
