package ca.clientele.booking.slot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A staff member's existing appointment as slot search sees it: blocked over [blockedFrom, blockedUntil) (buffers and
 * travel included), the appointment itself over [start, end), at these coordinates for a home visit (null in store
 * or when unknown).
 */
public record Busy(
        UUID appointmentId,
        Instant blockedFrom,
        Instant blockedUntil,
        Instant start,
        Instant end,
        BigDecimal latitude,
        BigDecimal longitude) {

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
