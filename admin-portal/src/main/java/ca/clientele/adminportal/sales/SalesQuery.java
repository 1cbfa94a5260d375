package ca.clientele.adminportal.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The report's filter as the query string gives it (text: an unreadable date means the default): a period (both days
 * included) and the grouping. Empty: this month so far, per day.
 */
record SalesQuery(String from, String to, String groupBy) {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    /** The filter the report is made for. */
    record Period(LocalDate from, LocalDate to, String groupBy) {

        /** The same filter for the CSV download's link (dates and a word: nothing to escape). */
        String csvQuery() {
            return "?from=" + from + "&to=" + to + "&groupBy=" + groupBy;
        }
    }

    Period resolve(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(MONTREAL));
        LocalDate start = date(from);
        LocalDate end = date(to);
        return new Period(
                start != null ? start : today.withDayOfMonth(1),
                end != null ? end : today,
                "month".equals(groupBy) ? "month" : "day");
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
