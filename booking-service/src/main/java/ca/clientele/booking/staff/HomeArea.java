package ca.clientele.booking.staff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Where a staff member goes for home visits: within {@code radiusKm} of the base point, and/or in postal codes starting
 * with one of the prefixes ("H2J"). The base point is also where the first visit of a day is reached from.
 */
public record HomeArea(
        BigDecimal baseLatitude, BigDecimal baseLongitude, BigDecimal radiusKm, List<String> postalPrefixes) {

    public HomeArea {
        postalPrefixes = postalPrefixes == null ? List.of() : List.copyOf(postalPrefixes);
    }

    public boolean hasBase() {
        return baseLatitude != null && baseLongitude != null;
    }

    /** Whether a postal code (any typing) starts with one of the prefixes. */
    public boolean coversPostalCode(String postalCode) {
        if (postalCode == null) {
            return false;
        }
        String compact = postalCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return postalPrefixes.stream().anyMatch(compact::startsWith);
    }
}
