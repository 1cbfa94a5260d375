package ca.clientele.registry.client;

import java.math.BigDecimal;

/** Where a client lives, for home visits: entered by staff or found by the {@link Geocoder}. */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public Coordinates {
        if (latitude == null || longitude == null) {
            throw new IllegalArgumentException("latitude and longitude go together");
        }
        if (latitude.abs().compareTo(MAX_LATITUDE) > 0 || longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            throw new IllegalArgumentException("coordinates out of range");
        }
        latitude = latitude.stripTrailingZeros();
        longitude = longitude.stripTrailingZeros();
    }

    /** Stored as text (encrypted), read back from it. */
    static Coordinates parse(String latitude, String longitude) {
        return latitude == null || longitude == null
                ? null
                : new Coordinates(new BigDecimal(latitude), new BigDecimal(longitude));
    }
}
