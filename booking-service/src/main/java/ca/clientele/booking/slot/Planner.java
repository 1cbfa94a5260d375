package ca.clientele.booking.slot;

import ca.clientele.booking.branch.BranchSchedule;
import ca.clientele.booking.branch.OpeningHours;
import ca.clientele.booking.staff.ExtraHours;
import ca.clientele.booking.staff.StaffProfile;
import ca.clientele.booking.staff.TimeOffPeriod;
import ca.clientele.booking.staff.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns weekly hours (local times of the branch's zone) into instants for one date: a working day across a daylight
 * saving change is one hour shorter or longer, and 9:00 is 14:00 UTC in winter but 13:00 UTC in summer.
 */
final class Planner {

    private Planner() {}

    /**
     * When the staff member works at this branch on this date: weekly hours plus extra hours, merged; for in-store
     * services ({@code opening} not null) cut to the branch's opening hours of that weekday.
     * Loops rather than streams: slot search plans every staff member's every day of its range.
     */
    static List<Interval> windows(
            LocalDate date, BranchSchedule branch, StaffProfile member, List<ExtraHours> extraHours, boolean inStore) {
        DayOfWeek day = date.getDayOfWeek();
        List<LocalTime[]> ranges = new ArrayList<>();
        for (WeeklyHours hours : member.hours()) {
            if (hours.dayOfWeek() == day && hours.branchId().equals(branch.id())) {
                ranges.add(new LocalTime[] {hours.starts(), hours.ends()});
            }
        }
        for (ExtraHours extra : extraHours) {
            if (extra.date().equals(date) && extra.branchId().equals(branch.id())) {
                ranges.add(new LocalTime[] {extra.starts(), extra.ends()});
            }
        }
        if (ranges.isEmpty()) {
            return List.of();
        }
        List<LocalTime[]> working = merge(ranges);
        if (inStore) {
            List<LocalTime[]> open = new ArrayList<>();
            for (OpeningHours hours : branch.hours()) {
                if (hours.dayOfWeek() == day) {
                    open.add(new LocalTime[] {hours.opens(), hours.closes()});
                }
            }
            working = intersect(working, merge(open));
        }
        ZoneId zone = branch.zone();
        List<Interval> windows = new ArrayList<>(working.size());
        for (LocalTime[] range : working) {
            Interval window = new Interval(instant(date, range[0], zone), instant(date, range[1], zone));
            if (window.from().isBefore(window.to())) {
                windows.add(window);
            }
        }
        return windows;
    }

    /** Time off overlapping [from, to). */
    static List<Interval> timeOff(List<TimeOffPeriod> periods, Instant from, Instant to) {
        return periods.stream()
                .map(period -> new Interval(period.starts(), period.ends()))
                .filter(period -> period.overlaps(from, to))
                .toList();
    }

    /**
     * A local time of the date in the zone. In the spring gap (2:00-3:00 does not exist) the time moves forward by the
     * gap; in the autumn overlap (1:00-2:00 happens twice) the earlier instant is taken.
     */
    static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Sorted, overlapping or touching ranges joined (9-12 and 12-17 are 9-17). */
    private static List<LocalTime[]> merge(List<LocalTime[]> ranges) {
        List<LocalTime[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(range -> range[0]));
        List<LocalTime[]> merged = new ArrayList<>();
        for (LocalTime[] range : sorted) {
            LocalTime[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !range[0].isAfter(last[1])) {
                if (range[1].isAfter(last[1])) {
                    last[1] = range[1];
                }
            } else {
                merged.add(new LocalTime[] {range[0], range[1]});
            }
        }
        return merged;
    }

    private static List<LocalTime[]> intersect(List<LocalTime[]> a, List<LocalTime[]> b) {
        List<LocalTime[]> result = new ArrayList<>();
        for (LocalTime[] x : a) {
            for (LocalTime[] y : b) {
                LocalTime from = x[0].isAfter(y[0]) ? x[0] : y[0];
                LocalTime to = x[1].isBefore(y[1]) ? x[1] : y[1];
                if (from.isBefore(to)) {
                    result.add(new LocalTime[] {from, to});
                }
            }
        }
        return result;
    }
}
