package ca.clientele.booking.staff;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A staff member as slot search and appointments read them: a snapshot, never the entity. {@code homeArea} is null
 * when none is set: the member then goes to any address.
 */
public record StaffProfile(
        UUID id, String name, boolean active, Set<UUID> serviceIds, List<WeeklyHours> hours, HomeArea homeArea) {

    public StaffProfile {
        serviceIds = Set.copyOf(serviceIds);
        hours = List.copyOf(hours);
    }
}
