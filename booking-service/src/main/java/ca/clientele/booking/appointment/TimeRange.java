package ca.clientele.booking.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A list's [from, to) from query parameters, each a date or an instant: a date is read on Montreal's clock (the
 * branches' default zone) and a {@code to} date includes that whole day. {@code to} before {@code from} is bad input.
 */
record TimeRange(Instant from, Instant to) {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Montreal");

    static TimeRange parse(String from, String to) {
        Instant start = from == null || from.isBlank() ? null : instant("from", from, false);
        Instant end = to == null || to.isBlank() ? null : instant("to", to, true);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidBookingInput("to", "booking.appointment.range.to-before-from");
        }
        return new TimeRange(start, end);
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date)
                        .atStartOfDay(DEFAULT_ZONE)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidBookingInput(field, "booking.appointment.range.invalid");
        }
    }
}
