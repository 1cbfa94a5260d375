package ca.clientele.booking.slot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A start time to check for a service with a staff member at a branch. Home visits give the visit's coordinates and/or
 * postal code. {@code staff}: the caller is staff (no maximum advance). {@code movingAppointmentId}: the appointment
 * being moved, ignored among the staff member's busy times (null for a new booking).
 */
public record SlotRequest(
        UUID serviceId,
        UUID branchId,
        UUID staffId,
        Instant start,
        int pets,
        BigDecimal latitude,
        BigDecimal longitude,
        String postalCode,
        boolean staff,
        UUID movingAppointmentId) {}
