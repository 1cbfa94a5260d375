package ca.clientele.booking.branch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A row of {@code branch_hours}: ISO day number (1 = Monday) and the range. */
@Embeddable
class OpeningRange {

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected OpeningRange() {
        // for JPA
    }

    static OpeningRange of(OpeningHours hours) {
        OpeningRange range = new OpeningRange();
        range.dayOfWeek = (short) hours.dayOfWeek().getValue();
        range.opens = hours.opens();
        range.closes = hours.closes();
        return range;
    }

    OpeningHours toHours() {
        return new OpeningHours(DayOfWeek.of(dayOfWeek), opens, closes);
    }
}
