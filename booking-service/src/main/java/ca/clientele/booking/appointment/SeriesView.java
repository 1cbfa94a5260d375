package ca.clientele.booking.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recurring booking: the occurrences booked, and those that could not be, each with why (never silently skipped).
 * {@code reason}: SLOT_TAKEN, VACCINATION, or the slot check's code (OUTSIDE_HOURS, TIME_OFF, CLOSED, TOO_FAR…).
 */
record SeriesView(UUID seriesId, List<AppointmentView> booked, List<Conflict> conflicts) {

    record Conflict(Instant start, String reason, String message) {}
}
