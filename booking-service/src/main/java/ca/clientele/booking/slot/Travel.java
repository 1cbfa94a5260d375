package ca.clientele.booking.slot;

import java.math.BigDecimal;

/**
 * Travel time to a home visit until a routing provider is configured: the straight-line (great-circle) distance at a
 * configured speed, or a default when a point is unknown, always rounded up to 5 minutes (ADR 0018).
 */
final class Travel {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final int speedKmh;
    private final int defaultMinutes;

    Travel(BookingPolicy.Travel policy) {
        this.speedKmh = policy.speedKmh();
        this.defaultMinutes = roundUp(policy.defaultMinutes());
    }

    /** Minutes from one point to the other; the default when either is unknown. */
    int minutes(Point from, Point to) {
        if (from == null || to == null) {
            return defaultMinutes;
        }
        return roundUp(distanceKm(from, to) / speedKmh * 60);
    }

    /** Haversine distance. */
    static double distanceKm(Point a, Point b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Up to the next multiple of 5 (a few micro-minutes of floating error do not add 5 minutes). */
    static int roundUp(double minutes) {
        return (int) Math.ceil(minutes / 5 - 1e-9) * 5;
    }

    /** A point in decimal degrees; null when either coordinate is unknown. */
    record Point(double latitude, double longitude) {

        static Point of(BigDecimal latitude, BigDecimal longitude) {
            return latitude == null || longitude == null
                    ? null
                    : new Point(latitude.doubleValue(), longitude.doubleValue());
        }
    }
}
