package ca.clientele.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlotGridTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Test
    void theFirstStartIsOnTheLocalGrid() {
        // 9:03:20 EDT → 9:10; 9:00 exactly stays.
        assertThat(SlotSearch.firstOnGrid(Instant.parse("2026-10-05T13:03:20Z"), TORONTO, 10))
                .isEqualTo(Instant.parse("2026-10-05T13:10:00Z"));
        assertThat(SlotSearch.firstOnGrid(Instant.parse("2026-10-05T13:00:00Z"), TORONTO, 10))
                .isEqualTo(Instant.parse("2026-10-05T13:00:00Z"));
        // A 15-minute grid counts from local midnight, not from UTC's.
        assertThat(SlotSearch.firstOnGrid(Instant.parse("2026-10-05T13:20:00Z"), ZoneId.of("Asia/Kolkata"), 15))
                .isEqualTo(Instant.parse("2026-10-05T13:30:00Z"));
    }

    @Test
    void localTimesInTheSpringGapMoveForwardAndInTheAutumnOverlapTakeTheEarlierInstant() {
        assertThat(Planner.instant(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), TORONTO))
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z")); // 3:30 EDT
        assertThat(Planner.instant(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), TORONTO))
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z")); // 1:30 EDT, not EST
        assertThat(Planner.startOfDay(LocalDate.of(2026, 11, 2), TORONTO))
                .isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
    }
}
