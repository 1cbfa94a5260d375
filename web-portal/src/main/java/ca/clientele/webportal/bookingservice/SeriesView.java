package ca.clientele.webportal.bookingservice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recurrence once booked: the occurrences booked, and those that could not be, with why. */
public record SeriesView(UUID seriesId, List<AppointmentView> booked, List<Conflict> conflicts) {

    public SeriesView {
        booked = booked == null ? List.of() : booked;
        conflicts = conflicts == null ? List.of() : conflicts;
    }

    /** An occurrence not booked; {@code message} in the client's language. */
    public record Conflict(Instant start, String reason, String message) {}
}
