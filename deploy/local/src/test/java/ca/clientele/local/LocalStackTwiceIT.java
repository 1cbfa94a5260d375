package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The whole stack, started twice on one data directory as a newcomer does (first run, then a warm run): every component
 * is healthy and was never restarted 60 s after "up" on both runs, the first run's start-up archives are used by the
 * second, a damaged one is replaced without harm, and nothing keeps running after a stop.
 */
class LocalStackTwiceIT {

    private static final Duration WATCH = Duration.ofSeconds(60);
    private static final Duration TRAINING_WAIT = Duration.ofSeconds(90);

    private final Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
    private final Path data = Path.of("target/stack-twice").toAbsolutePath();

    @Test
    void firstAndWarmStartsStayHealthy() throws Exception {
        ServiceLauncher.deleteRecursively(data);

        // First run: no archives yet; they are trained in the background once the stack is up.
        List<String> first = new CopyOnWriteArrayList<>();
        try (LocalStack stack = LocalStack.create(root, data).withLogSink(line -> record(first, line))) {
            stack.start();
            assertStaysHealthy(stack, first);
            try {
                stack.trainings().get(TRAINING_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // A slow machine: the rest is trained on the next run; what was written is checked below.
            }
        }
        assertNothingLeftRunning();
        List<String> trained = archivedServices();
        assertThat(trained).as("archives written by the first run").isNotEmpty();

        // A damaged archive (same size, other bytes) must be noticed, not crash its service.
        String damaged = trained.getFirst();
        Path damagedArchive = new StartupArchives(data.resolve("cds")).archive(damaged);
        try (RandomAccessFile file = new RandomAccessFile(damagedArchive.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[8192]);
        }

        // Warm run.
        List<String> second = new CopyOnWriteArrayList<>();
        try (LocalStack stack = LocalStack.create(root, data).withLogSink(line -> record(second, line))) {
            stack.start();
            assertThat(second)
                    .anySatisfy(line -> assertThat(line).startsWith(damaged + ": its start-up archive is damaged"));
            for (Supervisor.Snapshot service : services(stack)) {
                List<String> arguments = ProcessHandle.of(service.pid())
                        .flatMap(p -> p.info().arguments())
                        .map(List::of)
                        .orElse(List.of());
                boolean fromArchive = arguments.stream()
                        .anyMatch(a -> a.startsWith("-XX:AOTCache=") || a.startsWith("-XX:SharedArchiveFile="));
                // A service the launcher itself reported as having an unusable archive (the one damaged above, or one
                // whose training the first stop cut short) must start without it; every other trained one from it.
                boolean reportedUnusable =
                        second.stream().anyMatch(line -> line.startsWith(service.name() + ": its start-up archive"));
                if (trained.contains(service.name()) && !reportedUnusable) {
                    assertThat(fromArchive)
                            .as(service.name() + " starts from its archive")
                            .isTrue();
                } else {
                    assertThat(fromArchive)
                            .as(service.name() + " has no usable archive")
                            .isFalse();
                }
            }
            assertStaysHealthy(stack, second);
        }
        assertNothingLeftRunning();
    }

    /** Every component READY, never restarted, its health endpoint answering, through the whole watch. */
    private static void assertStaysHealthy(LocalStack stack, List<String> lines) {
        await().during(WATCH)
                .atMost(WATCH.plusSeconds(30))
                .pollInterval(Duration.ofSeconds(5))
                .untilAsserted(() -> assertAllHealthy(stack));
        assertThat(lines).noneMatch(line -> line.contains("stopped unexpectedly") || line.contains("is DOWN"));
    }

    private static void assertAllHealthy(LocalStack stack) {
        List<Supervisor.Snapshot> components = stack.snapshot();
        assertThat(components).hasSize(4 + ServiceSpec.ALL.size());
        assertThat(components)
                .allSatisfy(c -> assertThat(c.state()).as(c.name()).isEqualTo(Supervisor.State.READY))
                .allSatisfy(
                        c -> assertThat(c.restarts()).as(c.name() + " restarts").isZero())
                .allSatisfy(c -> assertThat(ProcessHandle.of(c.pid())
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                        .as(c.name() + " alive")
                        .isTrue());
        for (ServiceSpec service : ServiceSpec.ALL) {
            assertThat(ChildJvm.ok(service.readinessUrl()))
                    .as(service.name() + " readiness")
                    .isTrue();
        }
    }

    /** Kept for the assertions, and printed: the launcher's console is what this test is about. */
    private static void record(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
    }

    private static List<Supervisor.Snapshot> services(LocalStack stack) {
        List<String> names = ServiceSpec.ALL.stream().map(ServiceSpec::name).toList();
        return stack.snapshot().stream().filter(c -> names.contains(c.name())).toList();
    }

    private List<String> archivedServices() {
        StartupArchives archives = new StartupArchives(data.resolve("cds"));
        List<String> trained = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (Files.isRegularFile(archives.archive(service.name()))
                    && Files.isRegularFile(data.resolve("cds").resolve(service.name() + ".stamp"))) {
                trained.add(service.name());
            }
        }
        return trained;
    }

    /** No process of this test JVM's, nor any process working on the data directory (PostgreSQL), nor a port. */
    private void assertNothingLeftRunning() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .isEmpty();
        assertThat(ProcessHandle.allProcesses()
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().orElse("").contains(data.toString())))
                .isEmpty();
        for (int port : List.of(8080, 8091, 8180, 9092, 15432, 3025)) {
            assertThat(listening(port)).as("port " + port + " free").isFalse();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
