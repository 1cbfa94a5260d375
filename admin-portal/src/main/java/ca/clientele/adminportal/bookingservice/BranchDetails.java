package ca.clientele.adminportal.bookingservice;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A branch with its opening hours (0..n ranges a weekday, none = closed), in its own time zone. */
public record BranchDetails(
        UUID id, String code, String name, String timezone, Boolean active, List<OpeningHours> hours, long version) {

    /** Where a branch names none, or an unknown one: the business's own (plan: America/Montreal). */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Montreal");

    public BranchDetails {
        hours = hours == null
                ? List.of()
                : hours.stream().filter(Objects::nonNull).toList();
    }

    public ZoneId zone() {
        try {
            return timezone == null ? DEFAULT_ZONE : ZoneId.of(timezone);
        } catch (DateTimeException unknown) {
            return DEFAULT_ZONE;
        }
    }

    public boolean isActive() {
        return !Boolean.FALSE.equals(active);
    }

    /** The day's ranges, earliest first. */
    public List<OpeningHours> on(DayOfWeek day) {
        return hours.stream()
                .filter(range -> range.dayOfWeek() == day)
                .sorted((a, b) -> a.opens().compareTo(b.opens()))
                .toList();
    }

    /** Whether the branch is open at that local time of that weekday. */
    public boolean isOpen(DayOfWeek day, LocalTime time) {
        return on(day).stream().anyMatch(range -> !time.isBefore(range.opens()) && time.isBefore(range.closes()));
    }
}
