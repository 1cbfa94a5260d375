package ca.clientele.booking.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service as staff type it: POST creates it ({@code version} absent), PUT replaces it ({@code version} required: a
 * change made on a stale copy is a 409). Absent buffers are 0, absent staff and vaccines none, absent {@code active}
 * true.
 */
record ServiceInput(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,29}", message = "{booking.service.code.pattern}")
        String code,

        @NotBlank @Size(max = 100) String nameFr,
        @NotBlank @Size(max = 100) String nameEn,
        @Size(max = 2000) String descriptionFr,
        @Size(max = 2000) String descriptionEn,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,

        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2)
        BigDecimal price,

        @NotNull Boolean taxable,
        @NotNull Place place,
        @NotNull Pricing pricing,
        @Min(0) @Max(120) Integer bufferBeforeMinutes,
        @Min(0) @Max(120) Integer bufferAfterMinutes,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> branchIds,
        @Size(max = 200) List<@NotNull UUID> staffIds,
        @Size(max = 4) Set<@NotNull Vaccine> requiredVaccines,
        Boolean active,
        Long version) {

    List<UUID> staffIdsOrNone() {
        return staffIds == null ? List.of() : staffIds;
    }

    Set<Vaccine> vaccinesOrNone() {
        return requiredVaccines == null ? Set.of() : requiredVaccines;
    }
}
