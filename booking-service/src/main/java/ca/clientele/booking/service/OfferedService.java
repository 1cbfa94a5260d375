package ca.clientele.booking.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A service of the catalogue as the rest of booking-service reads it (slot search, appointments): a snapshot, never
 * the entity. Price in CAD before taxes, scale 2.
 */
public record OfferedService(
        UUID id,
        String code,
        String nameFr,
        String nameEn,
        int durationMinutes,
        BigDecimal price,
        boolean taxable,
        Place place,
        Pricing pricing,
        int bufferBeforeMinutes,
        int bufferAfterMinutes,
        Set<UUID> branchIds,
        Set<UUID> staffIds,
        Set<Vaccine> requiredVaccines,
        boolean active) {

    public OfferedService {
        branchIds = Set.copyOf(branchIds);
        staffIds = Set.copyOf(staffIds);
        requiredVaccines = Set.copyOf(requiredVaccines);
    }

    /** The name in the caller's language: English when asked for, French otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    /** How long the appointment lasts for this many pets (buffers and travel not included). */
    public Duration duration(int pets) {
        return Duration.ofMinutes((long) durationMinutes * pricing.quantity(pets));
    }

    /** The price before taxes of an appointment for this many pets. */
    public BigDecimal amount(int pets) {
        return price.multiply(BigDecimal.valueOf(pricing.quantity(pets)));
    }

    public boolean givenAt(UUID branchId) {
        return branchIds.contains(branchId);
    }
}
