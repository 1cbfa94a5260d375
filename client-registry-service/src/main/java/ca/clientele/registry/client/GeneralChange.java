package ca.clientele.registry.client;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code PUT /api/clients/{id}/general} (staff): section 1 of the Client application
 * besides status and addresses. Null coordinates or discount remove them.
 */
@CrossFieldRules
record GeneralChange(
        @DecimalMin(value = "-90", message = "{client.latitude.range}")
        @DecimalMax(value = "90", message = "{client.latitude.range}")
        @Digits(integer = 2, fraction = 7, message = "{client.coordinate.digits}")
        BigDecimal latitude,

        @DecimalMin(value = "-180", message = "{client.longitude.range}")
        @DecimalMax(value = "180", message = "{client.longitude.range}")
        @Digits(integer = 3, fraction = 7, message = "{client.coordinate.digits}")
        BigDecimal longitude,

        UUID preferredBranchId,

        @DecimalMin(value = "0", message = "{client.discount.range}")
        @DecimalMax(value = "100", message = "{client.discount.range}")
        @Digits(integer = 3, fraction = 2, message = "{client.discount.digits}")
        BigDecimal discountPercent,

        LocalDate discountEndsOn,
        @Size(max = 4000) String notes,
        @NotNull @PositiveOrZero Long version)
        implements CrossFieldRules.Checked {

    /** Discount end dates are days of the business, in Montreal. */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("America/Montreal");

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        List<CrossFieldRules.Broken> broken = new ArrayList<>();
        if (latitude == null && longitude != null) {
            broken.add(new CrossFieldRules.Broken("latitude", "client.coordinates.pair"));
        }
        if (longitude == null && latitude != null) {
            broken.add(new CrossFieldRules.Broken("longitude", "client.coordinates.pair"));
        }
        if (discountEndsOn != null) {
            if (discountPercent == null || discountPercent.signum() == 0) {
                broken.add(new CrossFieldRules.Broken("discountEndsOn", "client.discount.end-without-percent"));
            } else if (discountEndsOn.isBefore(LocalDate.now(BUSINESS_ZONE))) {
                broken.add(new CrossFieldRules.Broken("discountEndsOn", "client.discount.end-in-past"));
            }
        }
        return broken;
    }

    /** Only once validated. */
    Client.General toGeneral() {
        return new Client.General(
                latitude == null ? null : new Coordinates(latitude, longitude),
                preferredBranchId,
                Discount.of(discountPercent, discountEndsOn),
                notes);
    }
}
