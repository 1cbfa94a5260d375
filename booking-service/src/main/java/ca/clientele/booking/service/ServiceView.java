package ca.clientele.booking.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A service as callers read it: {@code name}/{@code description} in the caller's language, both languages for staff
 * editing, labels of the place and pricing; {@code version} goes back with the next change.
 */
record ServiceView(
        UUID id,
        String code,
        String name,
        String description,
        String nameFr,
        String nameEn,
        String descriptionFr,
        String descriptionEn,
        int durationMinutes,
        BigDecimal price,
        boolean taxable,
        Place place,
        String placeLabel,
        Pricing pricing,
        String pricingLabel,
        int bufferBeforeMinutes,
        int bufferAfterMinutes,
        List<UUID> branchIds,
        List<UUID> staffIds,
        List<Vaccine> requiredVaccines,
        boolean active,
        long version) {}
