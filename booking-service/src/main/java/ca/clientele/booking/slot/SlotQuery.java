package ca.clientele.booking.slot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A slot search: a service at a branch over the dates from..to (inclusive, the branch's zone), for this many pets,
 * optionally with one staff member, at a home address for home visits. {@code staff}: the caller is staff.
 */
public record SlotQuery(
        UUID serviceId,
        UUID branchId,
        LocalDate from,
        LocalDate to,
        int pets,
        UUID staffId,
        BigDecimal latitude,
        BigDecimal longitude,
        String postalCode,
        boolean staff) {}
