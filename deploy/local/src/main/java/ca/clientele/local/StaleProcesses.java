package ca.clientele.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the processes a run starts ({@code <dataDir>/run/pids}) so that the next run can stop what a killed launcher
 * (kill -9, a crashed test JVM) left behind, instead of failing on ports in use. A process counts as left behind only if
 * its pid and start time both match, so a recycled pid is never touched.
 */
final class StaleProcesses {

    private final Path pidFile;
    private final Path postgresData;

    StaleProcesses(Path dataDir) {
        this.pidFile = dataDir.resolve("run").resolve("pids");
        this.postgresData = dataDir.resolve("postgres");
    }

    synchronized void remember(ProcessHandle process) {
        Optional<Instant> start = process.info().startInstant();
        if (start.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(
                    pidFile,
                    process.pid() + " " + start.get().toEpochMilli() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Only the clean-up after a crash depends on it.
        }
    }

    synchronized void forget() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // Checked again, by pid and start time, on the next run.
        }
    }

    /** Stops what the previous run left; returns how many processes that was. */
    synchronized int stopLeftovers() {
        List<ProcessHandle> leftovers = new ArrayList<>();
        if (Files.isRegularFile(pidFile)) {
            try {
                for (String line : Files.readAllLines(pidFile, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split(" ");
                    if (parts.length != 2) {
                        continue;
                    }
                    long pid = Long.parseLong(parts[0]);
                    long started = Long.parseLong(parts[1]);
                    ProcessHandle.of(pid)
                            .filter(ProcessHandle::isAlive)
                            .filter(p -> p.info()
                                    .startInstant()
                                    .map(Instant::toEpochMilli)
                                    .filter(t -> t == started)
                                    .isPresent())
                            .ifPresent(p -> {
                                p.descendants().forEach(leftovers::add);
                                leftovers.add(p);
                            });
                }
            } catch (IOException | NumberFormatException e) {
                // A damaged file: nothing can be matched safely.
            }
        }
        if (!leftovers.isEmpty()) {
            ChildProcess.stop(leftovers, Duration.ofSeconds(20));
        }
        int stopped = leftovers.size();
        Optional<ProcessHandle> postmaster = postgresPostmaster();
        if (postmaster.isPresent()) {
            stopPostgres(postmaster.get());
            stopped++;
        }
        forget();
        return stopped;
    }

    /** A fast shutdown with the cluster's own pg_ctl; SIGTERM (a smart shutdown), then SIGKILL, if that fails. */
    private void stopPostgres(ProcessHandle postmaster) {
        Optional<Path> pgCtl = postmaster.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl"));
        if (pgCtl.isPresent() && Files.isExecutable(pgCtl.get())) {
            try {
                Process stop = new ProcessBuilder(
                                pgCtl.get().toString(), "stop", "-D", postgresData.toString(), "-m", "fast", "-w")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (stop.waitFor(30, TimeUnit.SECONDS) && !postmaster.isAlive()) {
                    return;
                }
                stop.destroyForcibly();
            } catch (IOException e) {
                // Fall back to signals.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ChildProcess.stop(List.of(postmaster), Duration.ofSeconds(20));
    }

    /** The postmaster of our data directory, if one still runs (pg_ctl detaches it from the launcher). */
    private Optional<ProcessHandle> postgresPostmaster() {
        Path pidPath = postgresData.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidPath)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidPath, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            Path dataDirOfPid = Path.of(lines.get(1).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").endsWith("postgres"))
                    .filter(p -> sameFile(dataDirOfPid, postgresData));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
