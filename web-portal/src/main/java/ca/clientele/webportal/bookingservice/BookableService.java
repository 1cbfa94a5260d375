package ca.clientele.webportal.bookingservice;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A service the client may book ("Taille des griffes", "Visites à domicile"), its name and
 * description in the client's language. {@code place} IN_STORE or HOME, {@code pricing} PER_PET or
 * PER_VISIT stay strings (a value added later still renders), {@code placeLabel} in the client's
 * language; {@code price} is before taxes.
 */
public record BookableService(
        UUID id,
        String code,
        String name,
        String description,
        int durationMinutes,
        BigDecimal price,
        boolean taxable,
        String place,
        String placeLabel,
        String pricing,
        List<UUID> branchIds,
        List<String> requiredVaccines,
        boolean active) {

    public BookableService {
        branchIds = branchIds == null ? List.of() : branchIds;
        requiredVaccines = requiredVaccines == null ? List.of() : requiredVaccines;
    }

    /** A home visit: the staff come to the client's address. */
    public boolean home() {
        return "HOME".equals(place);
    }

    public boolean perPet() {
        return "PER_PET".equals(pricing);
    }

    /** Before taxes, for this many pets: a per-pet price for each, a per-visit price once. */
    public BigDecimal priceFor(int pets) {
        return perPet() && price != null ? price.multiply(BigDecimal.valueOf(Math.max(pets, 1))) : price;
    }

    /** Minutes the appointment lasts for this many pets (per-pet services take the time for each). */
    public int minutesFor(int pets) {
        return perPet() ? durationMinutes * Math.max(pets, 1) : durationMinutes;
    }
}
