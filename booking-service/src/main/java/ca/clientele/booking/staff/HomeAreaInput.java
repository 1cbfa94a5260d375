package ca.clientele.booking.staff;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A home-visit area as typed; prefixes in any case ("h2j"). */
record HomeAreaInput(
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6)
        BigDecimal baseLatitude,

        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
        BigDecimal baseLongitude,

        @DecimalMin(value = "0", inclusive = false) @DecimalMax("500") @Digits(integer = 3, fraction = 1)
        BigDecimal radiusKm,

        @Size(max = 50)
        List<
                        @NotNull
                        @Pattern(regexp = "[A-Za-z][0-9][A-Za-z]?", message = "{booking.staff.postal-prefix.pattern}")
                        String>
                postalPrefixes) {

    HomeArea toArea() {
        return new HomeArea(
                baseLatitude,
                baseLongitude,
                radiusKm,
                postalPrefixes == null
                        ? List.of()
                        : postalPrefixes.stream()
                                .map(prefix -> prefix.toUpperCase(Locale.ROOT))
                                .distinct()
                                .toList());
    }
}
