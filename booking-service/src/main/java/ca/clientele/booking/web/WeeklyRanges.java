package ca.clientele.booking.web;

import ca.clientele.platform.web.CrossFieldRules;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rules of weekly time ranges (a branch's opening hours, a staff member's working hours): each ends after it
 * starts, and two ranges of one weekday never overlap. Broken rules name the range ({@code hours[2]}).
 */
public final class WeeklyRanges {

    private WeeklyRanges() {}

    public static <T> List<CrossFieldRules.Broken> check(
            String field,
            List<T> ranges,
            Function<T, DayOfWeek> day,
            Function<T, LocalTime> start,
            Function<T, LocalTime> end) {
        List<CrossFieldRules.Broken> broken = new ArrayList<>();
        if (ranges == null) {
            return broken;
        }
        for (int i = 0; i < ranges.size(); i++) {
            T range = ranges.get(i);
            if (range == null || day.apply(range) == null || start.apply(range) == null || end.apply(range) == null) {
                continue; // reported by @NotNull
            }
            if (!start.apply(range).isBefore(end.apply(range))) {
                broken.add(new CrossFieldRules.Broken(field + "[" + i + "]", "booking.hours.order"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                T other = ranges.get(j);
                if (other != null
                        && day.apply(other) == day.apply(range)
                        && start.apply(other) != null
                        && end.apply(other) != null
                        && start.apply(other).isBefore(end.apply(range))
                        && start.apply(range).isBefore(end.apply(other))) {
                    broken.add(new CrossFieldRules.Broken(field + "[" + i + "]", "booking.hours.overlap"));
                    break;
                }
            }
        }
        return broken;
    }
}
