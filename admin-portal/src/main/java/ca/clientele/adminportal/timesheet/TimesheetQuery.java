package ca.clientele.adminportal.timesheet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * What the timesheet shows: the day or the week ({@code view}) around {@code day}, of a branch and,
 * optionally (always in the week view), one staff member. Every link and form of the page carries
 * it, so an action answers the same view. Unknown values fall back to the day view of today.
 */
record TimesheetQuery(String view, LocalDate day, UUID branch, UUID staff) {

    static final String DAY = "day";
    static final String WEEK = "week";

    TimesheetQuery {
        view = WEEK.equals(view) ? WEEK : DAY;
    }

    public boolean isWeek() {
        return WEEK.equals(view);
    }

    TimesheetQuery on(LocalDate other) {
        return new TimesheetQuery(view, other, branch, staff);
    }

    TimesheetQuery with(UUID otherBranch, UUID otherStaff) {
        return new TimesheetQuery(view, day, otherBranch, otherStaff);
    }

    TimesheetQuery as(String otherView) {
        return new TimesheetQuery(otherView, day, branch, staff);
    }

    /** The first day shown: the day itself, or the Monday of its week. */
    public LocalDate first() {
        return isWeek() ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    public LocalDate last() {
        return isWeek() ? first().plusDays(6) : day;
    }

    public LocalDate previous() {
        return day.minusDays(isWeek() ? 7 : 1);
    }

    public LocalDate next() {
        return day.plusDays(isWeek() ? 7 : 1);
    }

    /**
     * This view's query parameters as a query string, for links and for the move URL the drag script posts to. Every
     * value is a normalised view name, an ISO date or a UUID: nothing to encode.
     */
    public String queryString() {
        StringBuilder query =
                new StringBuilder("view=").append(view).append("&day=").append(day);
        if (branch != null) {
            query.append("&branch=").append(branch);
        }
        if (staff != null) {
            query.append("&staff=").append(staff);
        }
        return query.toString();
    }
}
