package ca.clientele.adminportal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as staff read them: on the business's clock in Quebec (America/Montreal, DST included),
 * whatever zone the server runs in, e.g. "2026-11-22 14:05".
 */
public final class MontrealTime {

    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private MontrealTime() {}

    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
