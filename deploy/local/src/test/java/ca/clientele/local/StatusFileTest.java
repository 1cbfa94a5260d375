package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusFileTest {

    @TempDir
    Path dataDir;

    private final Instant now = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void aLiveLaunchersComponentsAreReadBack() {
        long self = ProcessHandle.current().pid();
        List<Supervisor.Snapshot> written = List.of(
                new Supervisor.Snapshot("postgresql", Supervisor.State.READY, self, 15432, now, 0, ""),
                new Supervisor.Snapshot("registry", Supervisor.State.DOWN, -1, 8091, now, 3, "it stopped 4 times"));
        new StatusFile(dataDir).write(written);

        assertThat(new StatusFile(dataDir).read()).contains(written);
    }

    @Test
    void aDeadLaunchersFileMeansNotRunning() throws IOException {
        new StatusFile(dataDir).write(List.of());
        Path file = dataDir.resolve("run/status");
        // Same pid, another start time: a recycled pid, not the launcher that wrote the file.
        String text = Files.readString(file).replaceAll("launcher.started=\\d+", "launcher.started=1");
        Files.writeString(file, text);

        assertThat(new StatusFile(dataDir).read()).isEmpty();
    }

    @Test
    void noFileMeansNotRunning() {
        assertThat(new StatusFile(dataDir).read()).isEmpty();
    }

    @Test
    void theTableShowsStatePidPortUptimeAndRestarts() {
        long self = ProcessHandle.current().pid();
        String table = StatusFile.table(
                List.of(
                        new Supervisor.Snapshot(
                                "kafka",
                                Supervisor.State.READY,
                                self,
                                9092,
                                now.minus(Duration.ofSeconds(3725)),
                                1,
                                ""),
                        new Supervisor.Snapshot("booking", Supervisor.State.READY, 999_999_999L, 8093, now, 0, ""),
                        new Supervisor.Snapshot(
                                "registry", Supervisor.State.DOWN, -1, 8091, now, 3, "it stopped 4 times")),
                now);

        assertThat(table.lines())
                .containsExactly(
                        "COMPONENT    STATE           PID   PORT     UPTIME RESTARTS  NOTE",
                        String.format("kafka        READY      %8d   9092      1h02m        1  ", self),
                        "booking      EXITED     999999999   8093          -        0  ",
                        "registry     DOWN              -   8091          -        3  it stopped 4 times");
    }
}
