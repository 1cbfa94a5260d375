package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.OfferedService;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A service offered, as staff create and edit it: code, names and descriptions fr/en, duration
 * (5 to 480 minutes), price before taxes, taxable, in store or at home, per pet or per visit,
 * buffers (0 to 120 minutes), the branches and staff who give it, the vaccines it requires, active.
 */
record ServiceForm(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}")
        String code,

        @NotBlank @Size(max = 100) String nameFr,
        @NotBlank @Size(max = 100) String nameEn,
        @Size(max = 2000) String descriptionFr,
        @Size(max = 2000) String descriptionEn,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotNull @DecimalMin("0.00") BigDecimal price,
        boolean taxable,
        @NotNull String place,
        @NotNull String pricing,
        @NotNull @Min(0) @Max(120) Integer bufferBeforeMinutes,
        @NotNull @Min(0) @Max(120) Integer bufferAfterMinutes,
        List<UUID> branchIds,
        List<UUID> staffIds,
        List<String> requiredVaccines,
        boolean active,
        long version) {

    static final List<String> PLACES = List.of("IN_STORE", "HOME");
    static final List<String> PRICINGS = List.of("PER_PET", "PER_VISIT");

    ServiceForm {
        branchIds = branchIds == null ? new ArrayList<>() : branchIds;
        staffIds = staffIds == null ? new ArrayList<>() : staffIds;
        requiredVaccines = requiredVaccines == null ? new ArrayList<>() : requiredVaccines;
    }

    static ServiceForm blank() {
        return new ServiceForm(
                null, null, null, null, null, 20, null, true, "IN_STORE", "PER_PET", 0, 0, null, null, null, true, 0);
    }

    static ServiceForm of(OfferedService service) {
        return new ServiceForm(
                service.code(),
                service.nameFr(),
                service.nameEn(),
                service.descriptionFr(),
                service.descriptionEn(),
                service.durationMinutes(),
                service.price(),
                service.taxable(),
                service.place(),
                service.pricing(),
                service.bufferBeforeMinutes(),
                service.bufferAfterMinutes(),
                new ArrayList<>(service.branchIds()),
                new ArrayList<>(service.staffIds()),
                new ArrayList<>(service.requiredVaccines()),
                service.active(),
                service.version());
    }

    /** The body of a create (the version is then ignored) or of a change. */
    CatalogClient.ServiceBody toBody() {
        return new CatalogClient.ServiceBody(
                code,
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                durationMinutes,
                price,
                taxable,
                place,
                pricing,
                bufferBeforeMinutes,
                bufferAfterMinutes,
                List.copyOf(branchIds),
                List.copyOf(staffIds),
                List.copyOf(requiredVaccines),
                active,
                version);
    }
}
