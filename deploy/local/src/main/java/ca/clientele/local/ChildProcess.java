package ca.clientele.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A child process whose output goes, line by line, to its own log file and, tagged with its name, to the log sink;
 * the last lines are kept to explain a failure.
 */
final class ChildProcess implements Running {

    static final int TAIL_LINES = 20;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread pump;
    private final Deque<String> tail = new ArrayDeque<>();

    private ChildProcess(String name, Process process, Path logFile, Consumer<String> sink) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        String tag = LogTag.of(name);
        this.pump = Thread.ofPlatform().name("log-" + name).daemon(true).start(() -> pump(tag, sink));
    }

    static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path logFile,
            Consumer<String> sink) {
        try {
            Files.createDirectories(workingDirectory);
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            return new ChildProcess(name, process, logFile, sink);
        } catch (IOException e) {
            throw new LocalStackException(name + " failed to start: " + e.getMessage(), e);
        }
    }

    private void pump(String tag, Consumer<String> sink) {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                // Appended: a restarted component's log keeps what the crashed one wrote (LocalStack moves the last
                // run's logs aside at start).
                BufferedWriter log = Files.newBufferedWriter(
                        logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = in.readLine()) != null) {
                log.write(line);
                log.newLine();
                log.flush();
                for (String readable : ConsoleLine.render(line)) {
                    synchronized (tail) {
                        if (tail.size() == TAIL_LINES) {
                            tail.removeFirst();
                        }
                        tail.addLast(readable);
                    }
                    try {
                        sink.accept(tag + readable);
                    } catch (RuntimeException e) {
                        // A failing sink must not stop the copy to the log file.
                    }
                }
            }
        } catch (IOException e) {
            // The stream closes when the process is gone.
        }
    }

    String name() {
        return name;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    @Override
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    @Override
    public String exitDescription() {
        return describeExit(process.exitValue());
    }

    /** Exit codes above 128 are 128 + the signal: 134 is a JVM's abort after a fatal error, 137 a SIGKILL. */
    static String describeExit(int code) {
        return switch (code) {
            case 134 -> "exit code 134, SIGABRT: the JVM crashed";
            case 137 -> "exit code 137, SIGKILL: killed, perhaps for memory";
            case 139 -> "exit code 139, SIGSEGV";
            case 143 -> "exit code 143, SIGTERM: stopped from outside";
            default -> "exit code " + code;
        };
    }

    @Override
    public void stop(Duration timeout) {
        stop(handles(), timeout);
    }

    /** Waits for the process to end; {@code false} if it is still running after the timeout. */
    boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines printed, once the output of an ended process has been read to its end. */
    @Override
    public String lastLines() {
        if (!process.isAlive()) {
            try {
                pump.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (tail) {
            return tail.isEmpty() ? "(no output; see " + logFile + ")" : String.join("\n", tail);
        }
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    /** Everything this child runs: itself and its descendants (kc.sh starts a java child, for instance). */
    @Override
    public List<ProcessHandle> handles() {
        List<ProcessHandle> handles = new ArrayList<>();
        process.descendants().forEach(handles::add);
        handles.add(process.toHandle());
        return handles;
    }

    /** SIGTERM to every process given, wait up to the timeout, then SIGKILL what remains. */
    static void stop(List<ProcessHandle> handles, Duration timeout) {
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        handles.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : handles) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // Nothing more can be done for a process that ignores SIGKILL.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
