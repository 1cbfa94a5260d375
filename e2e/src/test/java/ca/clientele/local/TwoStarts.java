package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole stack started twice on one fresh data directory, as a newcomer does (a first run, then a warm one), and
 * left running for the end-to-end tests. Checked on the way: every component is healthy and never restarted after
 * "up" on the first run while it trains start-up archives (it is stopped once two are written), the second run starts
 * from them, a damaged one is noticed and skipped without harm, and nothing keeps running after a stop. The browser tests then run on the warm stack, and the last of them
 * ({@code StackStayedHealthyIT}) checks that no component was restarted while they ran.
 *
 * <p>It lives in the launcher's package (on the e2e test class path) to read the supervisors' snapshots, which the
 * launcher does not publish.
 */
public final class TwoStarts {

    /**
     * The first run lasts until two archives are trained (one to damage, one to start from), at least this long to
     * catch a component that dies or restarts soon after start.
     */
    private static final Duration FIRST_RUN_WATCH = Duration.ofSeconds(30);

    private static final Duration TRAINING_WAIT = Duration.ofSeconds(240);

    private final Path root;
    private final Path data;
    private final List<String> warmRunLines = new CopyOnWriteArrayList<>();

    private TwoStarts(Path root, Path data) {
        this.root = root;
        this.data = data;
    }

    /** Runs the first start and its stop, then starts the warm stack and answers it, running. */
    public static LocalStack startWarm(Path root, Path data) {
        return new TwoStarts(root.toAbsolutePath().normalize(), data.toAbsolutePath()).run();
    }

    private LocalStack run() {
        try {
            ServiceLauncher.deleteRecursively(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the e2e data directory " + data, e);
        }

        // First run: no archives yet; they are trained in the background once the stack is up.
        List<String> first = new CopyOnWriteArrayList<>();
        try (LocalStack stack = create().withLogSink(line -> record(first, line))) {
            stack.start();
            await().during(FIRST_RUN_WATCH)
                    .atMost(FIRST_RUN_WATCH.plusSeconds(30))
                    .pollInterval(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(problems(stack)).isEmpty());
            await().atMost(TRAINING_WAIT).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(problems(stack)).isEmpty();
                assertThat(archivedServices()).hasSizeGreaterThanOrEqualTo(2);
            });
            assertThat(first).noneMatch(line -> line.contains("stopped unexpectedly") || line.contains("is DOWN"));
        }
        assertNothingLeftRunning();
        List<String> trained = archivedServices();
        assertThat(trained).as("archives written by the first run").hasSizeGreaterThanOrEqualTo(2);

        // A damaged archive (same size, other bytes) must be noticed, not crash its service.
        String damaged = trained.getFirst();
        damage(new StartupArchives(data.resolve("cds")).archive(damaged));

        // Warm run: left running for the tests, which the training of the other archives would slow down.
        LocalStack stack = create().withoutTraining().withLogSink(line -> record(warmRunLines, line));
        try {
            stack.start();
            assertThat(warmRunLines)
                    .anySatisfy(line -> assertThat(line).startsWith(damaged + ": its start-up archive is damaged"));
            assertArchivesUsed(stack, trained);
            assertThat(stack.trainings()).isDone();
            assertThat(warmRunLines).noneMatch(line -> line.startsWith("Training start-up archives"));
            assertThat(problems(stack)).isEmpty();
            return stack;
        } catch (RuntimeException | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    /** With {@code -Pcontainers}, PostgreSQL, Kafka and Keycloak run as containers of the production images. */
    private LocalStack create() {
        LocalStack stack = LocalStack.create(root, data);
        return "containers".equals(System.getProperty("clientele.test.infrastructure"))
                ? stack.withContainers()
                : stack;
    }

    /**
     * What is wrong with the running stack, one line per problem: a component not READY, restarted, or whose process
     * is gone, or a service whose readiness endpoint does not answer. Empty when all is well.
     */
    public static List<String> problems(LocalStack stack) {
        List<String> problems = new ArrayList<>();
        List<Supervisor.Snapshot> components = stack.snapshot();
        if (components.size() != 4 + ServiceSpec.ALL.size()) {
            problems.add(components.size() + " components instead of " + (4 + ServiceSpec.ALL.size()));
        }
        for (Supervisor.Snapshot c : components) {
            if (c.state() != Supervisor.State.READY) {
                problems.add(c.name() + " is " + c.state());
            }
            if (c.restarts() != 0) {
                problems.add(c.name() + " restarted " + c.restarts() + " times");
            }
            // A container (-Pcontainers) has no process of ours: its supervisor watches it instead.
            if (c.pid() >= 0
                    && !ProcessHandle.of(c.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                problems.add(c.name() + " has no live process");
            }
        }
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (!stack.httpOk(service.readinessUrl()).getAsBoolean()) {
                problems.add(service.name() + " is not ready at " + service.readinessUrl());
            }
        }
        return problems;
    }

    private void assertArchivesUsed(LocalStack stack, List<String> trained) {
        List<String> names = ServiceSpec.ALL.stream().map(ServiceSpec::name).toList();
        for (Supervisor.Snapshot service : stack.snapshot()) {
            if (!names.contains(service.name())) {
                continue;
            }
            List<String> arguments = ProcessHandle.of(service.pid())
                    .flatMap(p -> p.info().arguments())
                    .map(List::of)
                    .orElse(List.of());
            boolean fromArchive = arguments.stream()
                    .anyMatch(a -> a.startsWith("-XX:AOTCache=") || a.startsWith("-XX:SharedArchiveFile="));
            // A service the launcher itself reported as having an unusable archive (the one damaged above, or one whose
            // training the first stop cut short) must start without it; every other trained one from it.
            boolean reportedUnusable =
                    warmRunLines.stream().anyMatch(line -> line.startsWith(service.name() + ": its start-up archive"));
            assertThat(fromArchive)
                    .as(service.name() + (fromArchive ? " started from an archive" : " started without an archive"))
                    .isEqualTo(trained.contains(service.name()) && !reportedUnusable);
        }
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

    private static void damage(Path archive) {
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[8192]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No process of this JVM's, nor any process working on the data directory (PostgreSQL), nor a port. */
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

    /** Kept for the assertions, and printed: the launcher's console is part of what is tested. */
    private static void record(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
    }
}
