package ca.clientele.adminportal.bookingservice;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A staff member ({@code id} = their Keycloak user id): weekly hours per branch, services, home area. */
public record StaffMember(
        UUID id,
        String name,
        String email,
        Boolean active,
        List<UUID> serviceIds,
        List<WorkingHours> hours,
        HomeArea homeArea,
        long version) {

    public StaffMember {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        hours = hours == null
                ? List.of()
                : hours.stream().filter(Objects::nonNull).toList();
    }

    public boolean isActive() {
        return !Boolean.FALSE.equals(active);
    }

    /** Works at that branch some day of the week. */
    public boolean worksAt(UUID branchId) {
        return hours.stream().anyMatch(range -> range.branchId().equals(branchId));
    }

    /** The branches they work at, each once. */
    public List<UUID> branches() {
        return hours.stream().map(WorkingHours::branchId).distinct().toList();
    }

    /** The day's working ranges at that branch. */
    public List<WorkingHours> at(UUID branchId, DayOfWeek day) {
        return hours.stream()
                .filter(range -> range.branchId().equals(branchId) && range.dayOfWeek() == day)
                .toList();
    }
}
