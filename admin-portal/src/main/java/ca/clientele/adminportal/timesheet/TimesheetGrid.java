package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.Appointment;
import ca.clientele.adminportal.bookingservice.BranchDetails;
import ca.clientele.adminportal.bookingservice.OpeningHours;
import ca.clientele.adminportal.bookingservice.StaffMember;
import ca.clientele.adminportal.bookingservice.WorkingHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The calendar grid of the timesheet, laid out for CSS grid (classes, no inline style: the CSP
 * forbids it). Rows are 10-minute steps in the branch's time zone (row 1 holds the headings);
 * columns are the staff members (day view) or the days of one staff member's week (week view).
 * Every free step is a cell to click (create there) and to drop an appointment on (move there);
 * each appointment is a block spanning its rows. Hours shown: from the earliest opening or working
 * time of the days shown to the latest closing, widened to every appointment, 8 h–18 h otherwise.
 */
record TimesheetGrid(ZoneId zone, List<Column> columns, List<TimeLabel> times, List<Cell> cells, List<Block> blocks) {

    static final int STEP_MINUTES = 10;
    /** Rows before the first step: the column headings. */
    private static final int HEADING_ROWS = 1;

    private static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    private static final LocalTime DEFAULT_END = LocalTime.of(18, 0);

    /** A column: one staff member on one day. */
    record Column(int index, LocalDate date, StaffMember staff) {

        /** Grid column: 1 is the times. */
        public int gridColumn() {
            return index + 2;
        }
    }

    /** A time on the left, every half hour. */
    record TimeLabel(LocalTime time, int row) {}

    /** A free step: {@code working} when the staff member works then (else shaded). */
    record Cell(Column column, LocalTime time, int row, boolean working) {}

    /** An appointment's block: starts on {@code row}, {@code span} rows high. */
    record Block(Appointment appointment, Column column, int row, int span, LocalTime starts, LocalTime ends) {}

    static TimesheetGrid of(BranchDetails branch, List<Column> columns, List<Appointment> appointments) {
        ZoneId zone = branch.zone();
        List<Appointment> shown = appointments.stream()
                .filter(appointment -> !appointment.isCancelled())
                .filter(appointment -> appointment.start() != null && appointment.end() != null)
                .toList();
        LocalTime first = null;
        LocalTime last = null;
        for (Column column : columns) {
            for (OpeningHours range : branch.on(column.date().getDayOfWeek())) {
                first = earliest(first, range.opens());
                last = latest(last, range.closes());
            }
            for (WorkingHours range :
                    column.staff().at(branch.id(), column.date().getDayOfWeek())) {
                first = earliest(first, range.starts());
                last = latest(last, range.ends());
            }
        }
        for (Appointment appointment : shown) {
            first = earliest(first, local(appointment.start(), zone).toLocalTime());
            LocalTime end = local(appointment.end(), zone).toLocalTime();
            last = latest(last, end.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : end);
        }
        LocalTime start = first == null ? DEFAULT_START : first.withMinute(first.getMinute() >= 30 ? 30 : 0);
        LocalTime end = last == null ? DEFAULT_END : last;
        int steps = (int) Math.max(1, Math.ceilDiv(Duration.between(start, end).toMinutes(), STEP_MINUTES));
        steps = Math.min(steps, (24 * 60 - start.toSecondOfDay() / 60) / STEP_MINUTES);

        List<TimeLabel> times = new ArrayList<>();
        for (int step = 0; step < steps; step += 3) {
            LocalTime time = start.plusMinutes((long) step * STEP_MINUTES);
            times.add(new TimeLabel(time, row(step)));
        }

        List<Block> blocks = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Appointment appointment : shown) {
            ZonedDateTime from = local(appointment.start(), zone);
            ZonedDateTime to = local(appointment.end(), zone);
            Column column = columns.stream()
                    .filter(c -> c.date().equals(from.toLocalDate())
                            && c.staff().id().equals(appointment.staffId()))
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                continue;
            }
            int firstStep = (int) Math.max(0, Math.floorDiv(minutesFrom(start, from.toLocalTime()), STEP_MINUTES));
            long minutes = Math.max(STEP_MINUTES, Duration.between(from, to).toMinutes());
            int span = (int) Math.min(Math.ceilDiv(minutes, STEP_MINUTES), Math.max(1, steps - firstStep));
            blocks.add(new Block(appointment, column, row(firstStep), span, from.toLocalTime(), to.toLocalTime()));
            for (int step = firstStep; step < firstStep + span; step++) {
                taken.add(column.index() + ":" + step);
            }
        }

        List<Cell> cells = new ArrayList<>();
        for (Column column : columns) {
            List<WorkingHours> working =
                    column.staff().at(branch.id(), column.date().getDayOfWeek());
            for (int step = 0; step < steps; step++) {
                if (taken.contains(column.index() + ":" + step)) {
                    continue;
                }
                LocalTime time = start.plusMinutes((long) step * STEP_MINUTES);
                boolean works = working.stream().anyMatch(range -> range.covers(time));
                cells.add(new Cell(column, time, row(step), works));
            }
        }
        return new TimesheetGrid(zone, columns, times, cells, blocks);
    }

    /** Columns of a day view: each staff member that day; of a week view: one staff member each day. */
    static List<Column> columns(TimesheetQuery query, List<StaffMember> staff) {
        List<Column> columns = new ArrayList<>();
        if (query.isWeek()) {
            StaffMember member = staff.getFirst();
            for (LocalDate date = query.first(); !date.isAfter(query.last()); date = date.plusDays(1)) {
                columns.add(new Column(columns.size(), date, member));
            }
        } else {
            for (StaffMember member : staff) {
                columns.add(new Column(columns.size(), query.day(), member));
            }
        }
        return columns;
    }

    private static int row(int step) {
        // CSS grid lines start at 1; the headings take the first row.
        return HEADING_ROWS + 1 + step;
    }

    private static long minutesFrom(LocalTime start, LocalTime time) {
        return Duration.between(start, time).toMinutes();
    }

    private static ZonedDateTime local(java.time.Instant instant, ZoneId zone) {
        return instant.atZone(zone);
    }

    private static LocalTime earliest(LocalTime current, LocalTime candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static LocalTime latest(LocalTime current, LocalTime candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
