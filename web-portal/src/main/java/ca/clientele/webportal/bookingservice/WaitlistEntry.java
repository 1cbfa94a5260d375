package ca.clientele.webportal.bookingservice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client's place on a service's waiting list: {@code position} 1 = the next to be offered a slot,
 * null once a slot was offered ({@code status} then says so; a string, tolerant of new values).
 */
public record WaitlistEntry(
        UUID id,
        UUID serviceId,
        UUID branchId,
        List<UUID> petIds,
        LocalDate earliest,
        LocalDate latest,
        String status,
        Long position) {

    public WaitlistEntry {
        petIds = petIds == null ? List.of() : petIds;
    }
}
