package ca.clientele.booking.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A waitlist entry; {@code position}: its place in its service's line while waiting (null once offered). */
record WaitlistView(
        UUID id,
        UUID clientId,
        UUID serviceId,
        UUID branchId,
        List<UUID> petIds,
        LocalDate earliest,
        LocalDate latest,
        String status,
        Long position,
        Instant offeredStart,
        UUID offeredStaffId,
        Instant createdAt) {}
