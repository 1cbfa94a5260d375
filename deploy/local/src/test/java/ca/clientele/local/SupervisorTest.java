package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor on real child JVMs that crash for real. */
class SupervisorTest {

    private static final Supervisor.Policy FAST = new Supervisor.Policy(
            2,
            Duration.ofMinutes(1),
            Duration.ofMillis(100),
            Duration.ofMillis(400),
            Duration.ofSeconds(30),
            Duration.ofMillis(100));

    @TempDir
    Path dir;

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final List<Supervisor> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        started.forEach(s -> s.stop(Duration.ofSeconds(2)));
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aChildThatCrashesIsRestartedAndBecomesHealthyAgain() throws Exception {
        int port = ChildJvm.freePort();
        Supervisor supervisor = supervise("flaky", port, child(port, "crash-once"));

        supervisor.start().get(30, TimeUnit.SECONDS);
        long firstPid = supervisor.snapshot().pid();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Supervisor.Snapshot now = supervisor.snapshot();
            assertThat(now.restarts()).isEqualTo(1);
            assertThat(now.state()).isEqualTo(Supervisor.State.READY);
            assertThat(now.pid()).isNotEqualTo(firstPid);
        });
        assertThat(ChildJvm.healthy(port)).isTrue();
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(reports)
                .anySatisfy(line -> assertThat(line)
                        .contains("flaky stopped unexpectedly (exit code 3)")
                        .contains("restarting in")
                        .contains("attempt 1 of 2"))
                .anySatisfy(line -> assertThat(line).startsWith("flaky is healthy again after restart 1"));
    }

    @Test
    void aChildThatKeepsCrashingIsGivenUpOnWithAClearMessage() throws Exception {
        int port = ChildJvm.freePort();
        Supervisor supervisor = supervise("flaky", port, child(port, "crash-always"));

        supervisor.start().get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.snapshot().state() == Supervisor.State.DOWN);
        Supervisor.Snapshot down = supervisor.snapshot();
        assertThat(down.restarts()).isEqualTo(2);
        assertThat(down.note()).contains("stopped 3 times").contains("exit code 3");
        assertThat(reports)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("flaky is DOWN: it stopped 3 times in 1 min (last: exit code 3)")
                        .contains("log " + dir.resolve("flaky.log"))
                        .contains("incarnation 3 crashing"));
        // Given up means no further attempt: nothing changes for longer than the longest backoff.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(supervisor.snapshot().restarts()).isEqualTo(2);
            assertThat(supervisor.snapshot().state()).isEqualTo(Supervisor.State.DOWN);
            assertThat(ChildJvm.healthy(port)).isFalse();
        });
    }

    @Test
    void aChildThatNeverBecomesHealthyFailsTheStartWithItsLastLines() {
        int port = ChildJvm.freePort();
        Supervisor supervisor = supervise("flaky", port, child(port, "never-healthy"));

        assertThatThrownBy(() -> supervisor.start().join())
                .hasCauseInstanceOf(LocalStackException.class)
                .hasMessageContaining("flaky failed to start: it stopped 3 times")
                .hasMessageContaining("giving up before listening");
        assertThat(supervisor.snapshot().state()).isEqualTo(Supervisor.State.DOWN);
    }

    @Test
    void aJvmCrashPointsAtItsCrashReport() throws Exception {
        int port = ChildJvm.freePort();
        Path log = dir.resolve("crashy.log");
        Path jar = ChildJvm.jar(dir);
        Path counter = dir.resolve("crashy.count");
        Supplier<Running> launch = () -> {
            // The first incarnation dies of a real JVM fatal error (abort on OutOfMemoryError), with its
            // error report where the launcher puts every child's.
            boolean first = !Files.exists(counter);
            List<String> flags = first
                    ? List.of(
                            "-Xmx8m",
                            "-XX:+CrashOnOutOfMemoryError",
                            "-XX:-CreateCoredumpOnCrash",
                            "-XX:ErrorFile=" + Supervisor.crashReportPath(log, "%p"))
                    : List.of();
            return ChildProcess.start(
                    "crashy",
                    ChildJvm.command(jar, flags, Integer.toString(port), counter.toString(), first ? "oom" : "steady"),
                    Map.of(),
                    dir,
                    log,
                    line -> {});
        };
        Supervisor supervisor = supervise("crashy", port, launch);

        supervisor.start().get(60, TimeUnit.SECONDS);

        assertThat(supervisor.snapshot().restarts()).isEqualTo(1);
        assertThat(reports)
                .anySatisfy(line -> assertThat(line)
                        .contains("crashy stopped unexpectedly (exit code ")
                        .containsPattern("crash report .*crashy-crash-[0-9]+\\.log"));
        try (var files = Files.list(dir)) {
            Path report = files.filter(p -> p.getFileName().toString().matches("crashy-crash-\\d+\\.log"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readString(report)).contains("A fatal error has been detected by the Java Runtime");
        }
    }

    @Test
    void stoppingLeavesNoChildProcessBehindEvenOneThatIgnoresSigterm() throws Exception {
        // A shell that ignores SIGTERM and has a child of its own: the stop must escalate to SIGKILL for both.
        Supplier<Running> launch = () -> ChildProcess.start(
                "stubborn",
                List.of("bash", "-c", "trap '' TERM; sleep 600 & echo started; wait"),
                Map.of(),
                dir,
                dir.resolve("stubborn.log"),
                line -> {});
        Supervisor supervisor = supervise("stubborn", 0, launch);
        supervisor.start().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> supervisor.current().handles().size() == 2);
        List<ProcessHandle> processes = supervisor.current().handles();

        supervisor.stop(Duration.ofSeconds(1));

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(supervisor.snapshot().state()).isEqualTo(Supervisor.State.STOPPED);
        assertThat(reports).noneMatch(line -> line.contains("restarting"));
    }

    @Test
    void aChildStoppedOnPurposeStaysDownUntilStartedAgain() throws Exception {
        int port = ChildJvm.freePort();
        Supervisor supervisor = supervise("steady", port, child(port, "steady"));
        supervisor.start().get(30, TimeUnit.SECONDS);
        long firstPid = supervisor.snapshot().pid();

        supervisor.stop(Duration.ofSeconds(2));

        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(ChildJvm.healthy(port)).isFalse();
        assertThat(supervisor.snapshot().state()).isEqualTo(Supervisor.State.STOPPED);
        assertThat(reports).noneMatch(line -> line.contains("restarting"));

        supervisor.resume().get(30, TimeUnit.SECONDS);

        Supervisor.Snapshot again = supervisor.snapshot();
        assertThat(again.state()).isEqualTo(Supervisor.State.READY);
        assertThat(again.pid()).isNotEqualTo(firstPid);
        assertThat(ChildJvm.healthy(port)).isTrue();
        assertThat(reports)
                .anySatisfy(
                        line -> assertThat(line).startsWith("steady is healthy again after being started on request"));
        // Only a component stopped on purpose can be started again.
        assertThatThrownBy(supervisor::resume).isInstanceOf(IllegalStateException.class);
    }

    private Supplier<Running> child(int port, String mode) {
        Path jar = ChildJvm.jar(dir);
        Path counter = dir.resolve(mode + ".count");
        return () -> ChildProcess.start(
                "flaky",
                ChildJvm.command(jar, List.of(), Integer.toString(port), counter.toString(), mode),
                Map.of(),
                dir,
                dir.resolve("flaky.log"),
                line -> {});
    }

    private Supervisor supervise(String name, int port, Supplier<Running> launch) {
        Supervisor supervisor = new Supervisor(
                name,
                port,
                launch,
                port == 0 ? () -> true : () -> ChildJvm.healthy(port),
                FAST,
                scheduler,
                reports::add,
                () -> {});
        started.add(supervisor);
        return supervisor;
    }
}
