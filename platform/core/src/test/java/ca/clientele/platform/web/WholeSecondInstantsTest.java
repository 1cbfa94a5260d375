package ca.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class WholeSecondInstantsTest {

    private final JsonMapper ours =
            JsonMapper.builder().addModule(WholeSecondInstants.module()).build();
    private final JsonMapper jacksons = JsonMapper.builder().build();

    @Test
    void writesEveryInstantExactlyAsJacksonDoes() {
        Random random = new Random(20_261_202L);
        List<Instant> instants = new ArrayList<>(List.of(
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"),
                LocalDateTime.of(10_000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC),
                LocalDateTime.of(0, 12, 31, 23, 59, 59).toInstant(ZoneOffset.UTC),
                Instant.EPOCH,
                Instant.parse("2024-02-29T12:00:00Z"),
                Instant.parse("2026-11-01T05:30:00Z"),
                Instant.parse("2026-12-03T14:30:00.120Z"),
                Instant.parse("2026-12-03T14:30:00.000001Z")));
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            instants.add(Instant.ofEpochSecond(seconds, i % 3 == 0 ? random.nextInt(1_000_000_000) : 0));
        }

        for (Instant instant : instants) {
            Map<String, Instant> value = Map.of("at", instant);
            assertThat(ours.writeValueAsString(value)).isEqualTo(jacksons.writeValueAsString(value));
        }
        assertThat(ours.writeValueAsString(Instant.parse("2026-12-03T14:30:00Z")))
                .isEqualTo("\"2026-12-03T14:30:00Z\"");
    }

    @Test
    void aMapperThatWritesTimestampsStillDoes() {
        Instant instant = Instant.parse("2026-12-03T14:30:00Z");
        JsonMapper timestamps =
                ours.rebuild().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();

        assertThat(timestamps.writeValueAsString(instant)).isEqualTo(instant.getEpochSecond() + ".000000000");
    }
}
