package ca.clientele.booking.slot;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The answer of {@link Availability#check}: {@code ok}, or the first {@code problemCode} found. When the service,
 * branch and staff member are known, {@code end} (start + duration × pets for PER_PET), the blocked range
 * [start − buffer before − travel, end + buffer after) to store with the appointment, the travel minutes counted and
 * the branch's zone are filled even when not ok.
 */
public record SlotCheck(
        boolean ok,
        SlotProblem problemCode,
        Instant end,
        Instant blockedFrom,
        Instant blockedUntil,
        int travelMinutes,
        ZoneId branchZone) {}
