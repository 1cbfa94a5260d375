package ca.clientele.booking.slot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The booking rules of {@code clientele.booking.*} (application.yml). Slots start on a grid of {@code slotStepMinutes}
 * in the branch's local time; clients book at least {@code minNotice} ahead and at most {@code maxAdvance} ahead
 * (staff: notice only); clients cancel or move up to {@code cancelNotice} before the start (appointments). Slot
 * search reads services, branches and staff profiles as they were up to {@code catalogueCache} ago (zero: always
 * fresh); a booking is always checked against fresh data.
 */
@ConfigurationProperties("clientele.booking")
public record BookingPolicy(
        @DefaultValue("PT2H") Duration minNotice,
        @DefaultValue("P90D") Duration maxAdvance,
        @DefaultValue("10") int slotStepMinutes,
        @DefaultValue("PT24H") Duration cancelNotice,
        @DefaultValue Travel travel,
        @DefaultValue("PT5S") Duration catalogueCache) {

    /**
     * Travel to a home visit: straight-line distance at {@code speedKmh}, or {@code defaultMinutes} when a point is
     * unknown, rounded up to 5 minutes (ADR 0018).
     */
    public record Travel(
            @DefaultValue("30") int speedKmh,
            @DefaultValue("15") int defaultMinutes) {}
}
