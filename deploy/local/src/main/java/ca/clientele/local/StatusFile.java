package ca.clientele.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running launcher tells {@code start-local.sh --status}: {@code <dataDir>/run/status}, rewritten (atomically)
 * whenever a component changes state. The reader trusts it only while the launcher that wrote it is alive, checked by
 * pid and start time so that a recycled pid is not taken for it.
 */
final class StatusFile {

    private final Path file;

    StatusFile(Path dataDir) {
        this.file = dataDir.resolve("run").resolve("status");
    }

    synchronized void write(List<Supervisor.Snapshot> components) {
        Properties out = new Properties();
        ProcessHandle self = ProcessHandle.current();
        out.setProperty("launcher.pid", Long.toString(self.pid()));
        out.setProperty(
                "launcher.started",
                Long.toString(self.info().startInstant().orElse(Instant.EPOCH).toEpochMilli()));
        out.setProperty("components", Integer.toString(components.size()));
        for (int i = 0; i < components.size(); i++) {
            Supervisor.Snapshot c = components.get(i);
            String key = "component." + i + ".";
            out.setProperty(key + "name", c.name());
            out.setProperty(key + "state", c.state().name());
            out.setProperty(key + "pid", Long.toString(c.pid()));
            out.setProperty(key + "port", Integer.toString(c.port()));
            out.setProperty(key + "since", Long.toString(c.since().toEpochMilli()));
            out.setProperty(key + "restarts", Integer.toString(c.restarts()));
            out.setProperty(key + "note", c.note());
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "status", ".tmp");
            try (var writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.store(writer, "Written by the running local stack; read by start-local.sh --status");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only --status depends on it.
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A dead launcher's file is recognised by its pid.
        }
    }

    /** The components of the running stack, or empty when no live launcher wrote the file. */
    Optional<List<Supervisor.Snapshot>> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties in = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.load(reader);
            long pid = Long.parseLong(in.getProperty("launcher.pid"));
            long started = Long.parseLong(in.getProperty("launcher.started"));
            boolean alive = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().startInstant())
                    .map(start -> start.toEpochMilli() == started)
                    .orElse(false);
            if (!alive) {
                return Optional.empty();
            }
            List<Supervisor.Snapshot> components = new ArrayList<>();
            int count = Integer.parseInt(in.getProperty("components"));
            for (int i = 0; i < count; i++) {
                String key = "component." + i + ".";
                components.add(new Supervisor.Snapshot(
                        in.getProperty(key + "name"),
                        Supervisor.State.valueOf(in.getProperty(key + "state")),
                        Long.parseLong(in.getProperty(key + "pid")),
                        Integer.parseInt(in.getProperty(key + "port")),
                        Instant.ofEpochMilli(Long.parseLong(in.getProperty(key + "since"))),
                        Integer.parseInt(in.getProperty(key + "restarts")),
                        in.getProperty(key + "note", "")));
            }
            return Optional.of(components);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The table {@code --status} prints; a READY component whose process is gone shows as EXITED. */
    static String table(List<Supervisor.Snapshot> components, Instant now) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-12s %-10s %8s %6s %10s %8s  %s%n",
                "COMPONENT",
                "STATE",
                "PID",
                "PORT",
                "UPTIME",
                "RESTARTS",
                "NOTE"));
        for (Supervisor.Snapshot c : components) {
            String state = c.state().name();
            boolean running = c.pid() > 0
                    && ProcessHandle.of(c.pid()).map(ProcessHandle::isAlive).orElse(false);
            if (c.state() == Supervisor.State.READY && !running) {
                state = "EXITED";
            }
            String uptime = c.state() == Supervisor.State.READY && running ? duration(c.since(), now) : "-";
            out.append(String.format(
                    Locale.ROOT,
                    "%-12s %-10s %8s %6d %10s %8d  %s%n",
                    c.name(),
                    state,
                    c.pid() > 0 ? Long.toString(c.pid()) : "-",
                    c.port(),
                    uptime,
                    c.restarts(),
                    c.note()));
        }
        return out.toString();
    }

    static String duration(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        long h = d.toHours();
        long m = d.toMinutesPart();
        long s = d.toSecondsPart();
        return h > 0
                ? String.format(Locale.ROOT, "%dh%02dm", h, m)
                : m > 0 ? String.format(Locale.ROOT, "%dm%02ds", m, s) : s + "s";
    }
}
