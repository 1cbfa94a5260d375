package ca.clientele.adminportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MontrealTimeTest {

    @Test
    void winterTimeIsFiveHoursBehindUtc() {
        assertThat(MontrealTime.format(Instant.parse("2026-11-22T19:05:00Z"))).isEqualTo("2026-11-22 14:05");
    }

    @Test
    void summerTimeIsFourHoursBehindUtc() {
        assertThat(MontrealTime.format(Instant.parse("2026-07-01T16:30:00Z"))).isEqualTo("2026-07-01 12:30");
    }

    @Test
    void theDayChangesOnMontrealsClockNotUtcs() {
        assertThat(MontrealTime.format(Instant.parse("2026-11-23T02:30:00Z"))).isEqualTo("2026-11-22 21:30");
    }

    @Test
    void noTimeIsBlank() {
        assertThat(MontrealTime.format(null)).isEmpty();
    }
}
