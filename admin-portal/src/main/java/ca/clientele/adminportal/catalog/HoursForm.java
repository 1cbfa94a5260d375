package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.BranchDetails;
import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.OpeningHours;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A branch's opening hours (administrators): for each weekday up to two ranges (a lunch break
 * splits a day); a range left blank is none, a day without any is closed.
 */
record HoursForm(@Valid List<Day> days, long version) {

    /** Ranges a day offers in the form. */
    static final int RANGES = 2;

    HoursForm {
        days = days == null ? new ArrayList<>() : days;
    }

    record Day(DayOfWeek dayOfWeek, List<Range> ranges) {

        Day {
            ranges = ranges == null ? new ArrayList<>() : ranges;
        }
    }

    record Range(
            @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
            LocalTime opens,

            @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
            LocalTime closes) {

        boolean isBlank() {
            return opens == null && closes == null;
        }
    }

    static HoursForm of(BranchDetails branch) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Range> ranges = new ArrayList<>();
            branch.on(day).forEach(range -> ranges.add(new Range(range.opens(), range.closes())));
            while (ranges.size() < RANGES) {
                ranges.add(new Range(null, null));
            }
            days.add(new Day(day, ranges));
        }
        return new HoursForm(days, branch.version());
    }

    CatalogClient.HoursChange toChange() {
        List<OpeningHours> hours = new ArrayList<>();
        for (Day day : days) {
            for (Range range : day.ranges()) {
                if (!range.isBlank()) {
                    hours.add(new OpeningHours(day.dayOfWeek(), range.opens(), range.closes()));
                }
            }
        }
        return new CatalogClient.HoursChange(hours, version);
    }
}
