package ca.clientele.booking.staff;

import java.util.List;
import java.util.UUID;

/**
 * A staff member as staff read them; {@code homeArea} null when none is set (any address); {@code version} goes back
 * with the next change.
 */
record StaffView(
        UUID id,
        String name,
        String email,
        boolean active,
        List<UUID> serviceIds,
        List<WeeklyHours> hours,
        HomeArea homeArea,
        long version) {}
