package ca.clientele.webportal.bookingservice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** "M'aviser si un créneau plus tôt se libère": a slot for this service between these dates. */
public record NewWaitlistEntry(
        UUID clientId, UUID serviceId, UUID branchId, List<UUID> petIds, LocalDate earliest, LocalDate latest) {}
