package ca.clientele.webportal.bookingservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A booking as the client makes it: their own id, the chosen slot (start and staff), their pets
 * with their names in the same order (the service keeps a display copy), the visit's address for a
 * home visit (null in store), notes (the service encrypts them) and an optional recurrence.
 */
public record NewBooking(
        UUID clientId,
        UUID serviceId,
        UUID branchId,
        UUID staffId,
        Instant start,
        List<UUID> petIds,
        List<String> petNames,
        Location location,
        String notes,
        Recurrence recurrence) {

    /** Where a home visit takes place. */
    public record Location(String street, String city, String postalCode, BigDecimal latitude, BigDecimal longitude) {}

    /** Every {@code everyWeeks} weeks, {@code count} times in all (this portal does not send {@code until}). */
    public record Recurrence(int everyWeeks, LocalDate until, Integer count) {}
}
