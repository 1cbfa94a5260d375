package ca.clientele.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.staff.StaffProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In store, slot search lists the starts whose blocked time fits in a day's free time ({@link DayPlan#freeTime()})
 * instead of judging every start on the grid ({@link DayPlan#evaluate}): both must find the same starts, for any mix
 * of windows, time off and appointments (overlapping, touching, outside the windows, across two windows).
 */
class FreeTimeTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-12-07T05:00:00Z");
    private static final StaffProfile MEMBER =
            new StaffProfile(UUID.randomUUID(), "Cynthia", true, Set.of(), List.of(), null);
    private static final Travel TRAVEL = new Travel(new BookingPolicy.Travel(30, 15));

    @Test
    void theFreeTimeHoldsExactlyTheStartsThatEvaluateFindsFree() {
        Random random = new Random(20_261_207L);
        int freeStarts = 0;
        for (int day = 0; day < 2_000; day++) {
            DayPlan plan = new DayPlan(MEMBER, MIDNIGHT, windows(random), periods(random, 2), busy(random), TRAVEL);
            Duration duration = Duration.ofMinutes(10 + 10 * random.nextInt(6));
            int before = 5 * random.nextInt(3);
            int after = 5 * random.nextInt(3);
            List<Interval> free = plan.freeTime();
            for (int minute = 0; minute < 24 * 60; minute += 10) {
                Instant start = at(minute);
                boolean judged = plan.evaluate(start, duration, before, after, null, true)
                        .free();
                boolean listed = free.stream()
                        .anyMatch(piece -> piece.contains(
                                start.minus(Duration.ofMinutes(before)),
                                start.plus(duration).plus(Duration.ofMinutes(after))));
                assertThat(listed).as("day %d, start at minute %d", day, minute).isEqualTo(judged);
                freeStarts += judged ? 1 : 0;
            }
        }
        assertThat(freeStarts).as("the days drawn have free starts to compare").isGreaterThan(10_000);
    }

    @Test
    void freeTimeIsEachWindowLessWhatIsTakenInOrder() {
        DayPlan plan = new DayPlan(
                MEMBER,
                MIDNIGHT,
                List.of(interval(9 * 60, 12 * 60), interval(13 * 60, 17 * 60)),
                List.of(interval(11 * 60, 14 * 60)),
                List.of(busy(9 * 60 + 30, 10 * 60), busy(9 * 60 + 45, 10 * 60 + 15), busy(17 * 60, 18 * 60)),
                TRAVEL);

        assertThat(plan.freeTime())
                .containsExactly(
                        interval(9 * 60, 9 * 60 + 30), interval(10 * 60 + 15, 11 * 60), interval(14 * 60, 17 * 60));
    }

    /** One to three disjoint working windows, not touching (as Planner merges them). */
    private static List<Interval> windows(Random random) {
        List<Interval> windows = new ArrayList<>();
        int minute = 5 * random.nextInt(12 * 12);
        for (int n = 1 + random.nextInt(3); n > 0 && minute < 23 * 60; n--) {
            int end = Math.min(24 * 60, minute + 5 + 5 * random.nextInt(8 * 12));
            windows.add(interval(minute, end));
            minute = end + 5 + 5 * random.nextInt(4 * 12);
        }
        return windows;
    }

    private static List<Interval> periods(Random random, int most) {
        List<Interval> periods = new ArrayList<>();
        for (int n = random.nextInt(most + 1); n > 0; n--) {
            int from = 5 * random.nextInt(24 * 12);
            periods.add(interval(from, from + 5 + 5 * random.nextInt(3 * 12)));
        }
        return periods;
    }

    /** Appointments by start, as the search reads them, some overlapping (buffers) or touching. */
    private static List<Busy> busy(Random random) {
        return periods(random, 8).stream()
                .sorted((a, b) -> a.from().compareTo(b.from()))
                .map(blocked -> new Busy(
                        UUID.randomUUID(), blocked.from(), blocked.to(), blocked.from(), blocked.to(), null, null))
                .toList();
    }

    private static Busy busy(int fromMinute, int toMinute) {
        return new Busy(UUID.randomUUID(), at(fromMinute), at(toMinute), at(fromMinute), at(toMinute), null, null);
    }

    private static Interval interval(int fromMinute, int toMinute) {
        return new Interval(at(fromMinute), at(toMinute));
    }

    private static Instant at(int minute) {
        return MIDNIGHT.plus(Duration.ofMinutes(minute));
    }
}
