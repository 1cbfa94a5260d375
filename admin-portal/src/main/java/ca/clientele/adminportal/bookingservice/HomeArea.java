package ca.clientele.adminportal.bookingservice;

import java.math.BigDecimal;
import java.util.List;

/** Where a staff member makes home visits: a radius around a base point and/or postal-code prefixes. */
public record HomeArea(
        BigDecimal baseLatitude, BigDecimal baseLongitude, BigDecimal radiusKm, List<String> postalPrefixes) {

    public HomeArea {
        postalPrefixes = postalPrefixes == null ? List.of() : List.copyOf(postalPrefixes);
    }
}
