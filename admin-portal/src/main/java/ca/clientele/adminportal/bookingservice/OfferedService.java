package ca.clientele.adminportal.bookingservice;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A service offered ("Taille des griffes"): {@code name} and {@code description} in the caller's
 * language, the fr/en texts for editing, duration and price per pet or per visit, where it happens.
 */
public record OfferedService(
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
        String place,
        String pricing,
        int bufferBeforeMinutes,
        int bufferAfterMinutes,
        List<UUID> branchIds,
        List<UUID> staffIds,
        List<String> requiredVaccines,
        boolean active,
        long version) {

    public OfferedService {
        branchIds = branchIds == null ? List.of() : List.copyOf(branchIds);
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        requiredVaccines = requiredVaccines == null ? List.of() : List.copyOf(requiredVaccines);
    }

    /** Offered at that branch by that staff member (null: any). */
    public boolean offeredBy(UUID branchId, UUID staffId) {
        return active
                && (branchId == null || branchIds.contains(branchId))
                && (staffId == null || staffIds.contains(staffId));
    }
}
