package ca.clientele.booking.slot;

import ca.clientele.booking.staff.StaffProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One staff member's day at a branch: when they work (already cut to the branch's opening hours for in-store
 * services), when they are off, and their appointments. Judges one start time; slot search and the booking check
 * share it, so both apply the same rules.
 */
final class DayPlan {

    private static final Comparator<Interval> BY_FROM = (a, b) -> a.from().compareTo(b.from());

    private final StaffProfile member;
    private final Instant dayStart;
    private final List<Interval> windows;
    private final List<Interval> timeOff;
    private final List<Busy> busy;
    private final Travel travel;

    DayPlan(
            StaffProfile member,
            Instant dayStart,
            List<Interval> windows,
            List<Interval> timeOff,
            List<Busy> busy,
            Travel travel) {
        this.member = member;
        this.dayStart = dayStart;
        this.windows = windows;
        this.timeOff = timeOff;
        this.busy = busy;
        this.travel = travel;
    }

    List<Interval> windows() {
        return windows;
    }

    /**
     * The free time of each working window: the window less time off and the appointments' blocked time, in order.
     * An in-store start is free exactly when its blocked time (buffers included) fits in one of these pieces, which is
     * what {@link #evaluate} judges start by start; slot search lists the starts that fit instead of judging every
     * start on the grid (a month of every staff member's grid is about 14,000 starts).
     */
    List<Interval> freeTime() {
        List<Interval> taken = new ArrayList<>(timeOff.size() + busy.size());
        taken.addAll(timeOff);
        for (Busy other : busy) {
            taken.add(new Interval(other.blockedFrom(), other.blockedUntil()));
        }
        taken.sort(BY_FROM);
        List<Interval> free = new ArrayList<>();
        for (Interval window : windows) {
            Instant cursor = window.from();
            for (Interval other : taken) {
                if (!other.from().isBefore(window.to())) {
                    break;
                }
                if (other.from().isAfter(cursor)) {
                    free.add(new Interval(cursor, other.from()));
                }
                if (other.to().isAfter(cursor)) {
                    cursor = other.to();
                }
            }
            if (cursor.isBefore(window.to())) {
                free.add(new Interval(cursor, window.to()));
            }
        }
        return free;
    }

    /**
     * The appointment [start, start + duration) with its buffers, and travel before it for a home visit ({@code visit}
     * not null; its point may be unknown). With {@code checkBusy}, a clash with an appointment (or too little time to
     * travel on to the next home visit) is {@code taken}.
     */
    Evaluation evaluate(
            Instant start, Duration duration, int bufferBefore, int bufferAfter, Visit visit, boolean checkBusy) {
        Instant end = start.plus(duration);
        int travelMinutes = visit == null ? 0 : travelTo(visit, start);
        Instant blockedFrom = start.minus(Duration.ofMinutes(bufferBefore + (long) travelMinutes));
        Instant blockedUntil = end.plus(Duration.ofMinutes(bufferAfter));
        SlotProblem problem = null;
        boolean taken = false;
        if (!within(windows, blockedFrom, blockedUntil)) {
            problem = SlotProblem.OUTSIDE_HOURS;
        } else if (overlapsAny(timeOff, blockedFrom, blockedUntil)) {
            problem = SlotProblem.TIME_OFF;
        } else if (checkBusy) {
            taken = clashes(blockedFrom, blockedUntil, end, visit);
        }
        return new Evaluation(problem, taken, end, blockedFrom, blockedUntil, travelMinutes);
    }

    // Loops rather than streams: slot search calls evaluate for every start on the grid of every day.
    private static boolean within(List<Interval> windows, Instant from, Instant to) {
        for (Interval window : windows) {
            if (window.contains(from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<Interval> periods, Instant from, Instant to) {
        for (Interval period : periods) {
            if (period.overlaps(from, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean clashes(Instant blockedFrom, Instant blockedUntil, Instant end, Visit visit) {
        for (Busy other : busy) {
            if (other.blockedFrom().isBefore(blockedUntil) && blockedFrom.isBefore(other.blockedUntil())) {
                return true;
            }
        }
        if (visit != null && visit.point() != null) {
            // The next home visit was reached from wherever its predecessor was: from here it must still be reachable.
            for (Busy next : busy) {
                if (!next.start().isBefore(end)) {
                    Travel.Point there = Travel.Point.of(next.latitude(), next.longitude());
                    return there != null
                            && blockedUntil
                                    .plus(Duration.ofMinutes(travel.minutes(visit.point(), there)))
                                    .isAfter(next.start());
                }
            }
        }
        return false;
    }

    /**
     * From the previous appointment of the day (its point; the default when it has none, e.g. in store), or from the
     * base point for the first visit of the day.
     */
    private int travelTo(Visit visit, Instant start) {
        Busy previous = null;
        for (Busy other : busy) {
            if (!other.end().isAfter(start) && !other.end().isBefore(dayStart)) {
                previous = other;
            }
        }
        if (previous != null) {
            return travel.minutes(Travel.Point.of(previous.latitude(), previous.longitude()), visit.point());
        }
        Travel.Point base = member.homeArea() == null
                ? null
                : Travel.Point.of(
                        member.homeArea().baseLatitude(), member.homeArea().baseLongitude());
        return travel.minutes(base, visit.point());
    }

    /** Where a home visit happens: its point (null when unknown) and postal code (null when unknown). */
    record Visit(Travel.Point point, String postalCode) {}

    /** The judgement of one start: {@code problem} null and not {@code taken} when it can be booked. */
    record Evaluation(
            SlotProblem problem,
            boolean taken,
            Instant end,
            Instant blockedFrom,
            Instant blockedUntil,
            int travelMinutes) {

        boolean free() {
            return problem == null && !taken;
        }
    }
}
