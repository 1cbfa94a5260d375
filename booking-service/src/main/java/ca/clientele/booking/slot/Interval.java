package ca.clientele.booking.slot;

import java.time.Instant;

/** [from, to) on the time line. */
record Interval(Instant from, Instant to) {

    boolean contains(Instant start, Instant end) {
        return !start.isBefore(from) && !end.isAfter(to);
    }

    boolean overlaps(Instant start, Instant end) {
        return from.isBefore(end) && start.isBefore(to);
    }
}
