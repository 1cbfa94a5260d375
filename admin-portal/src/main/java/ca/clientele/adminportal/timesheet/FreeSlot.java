package ca.clientele.adminportal.timesheet;

import ca.clientele.platform.portal.ServiceRejectedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A slot booking-service offers when the one chosen was just taken (the 409 problem's {@code
 * freeSlots}): day and time in the branch's time zone, with whom. The page offers each as a link
 * that fills the form in with it.
 */
record FreeSlot(LocalDate date, LocalTime time, UUID staffId, String staffName) {

    /** The problem's free slots, in the branch's time; none when it has none (or they are unreadable). */
    static List<FreeSlot> offeredIn(ServiceRejectedException refusal, ZoneId zone) {
        if (!(refusal.properties().get("freeSlots") instanceof List<?> slots)) {
            return List.of();
        }
        return slots.stream()
                .map(slot -> slot instanceof Map<?, ?> members ? read(members, zone) : null)
                .filter(Objects::nonNull)
                .toList();
    }

    private static FreeSlot read(Map<?, ?> members, ZoneId zone) {
        try {
            ZonedDateTime start =
                    Instant.parse(String.valueOf(members.get("start"))).atZone(zone);
            Object staffId = members.get("staffId");
            Object staffName = members.get("staffName");
            return new FreeSlot(
                    start.toLocalDate(),
                    start.toLocalTime(),
                    staffId == null ? null : UUID.fromString(staffId.toString()),
                    staffName == null ? null : staffName.toString());
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return null;
        }
    }
}
