package ca.clientele.billing.shop;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A product as staff type it: POST creates it ({@code stock} is its opening stock, absent 0; {@code version}
 * absent), PUT replaces it ({@code version} required: a change made on a stale copy is a 409; {@code stock} is
 * ignored there: the stock changes by adjustments only). Absent {@code active} is true.
 */
record ProductInput(
        @NotBlank @Size(max = 100) String nameFr,
        @NotBlank @Size(max = 100) String nameEn,
        @Size(max = 2000) String descriptionFr,
        @Size(max = 2000) String descriptionEn,

        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2, message = "{billing.amount.cents}")
        BigDecimal price,

        @NotNull Boolean taxable,
        @Min(0) @Max(1_000_000) Integer stock,
        Boolean active,
        Long version) {}
