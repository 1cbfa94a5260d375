package ca.clientele.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps one component of the stack running. It launches the component, waits until it is healthy, and when it exits
 * without being asked to, launches it again after a growing pause (1, 2, 4… s) and checks its health again. After
 * {@link Policy#maxRestarts} exits within {@link Policy#window}, it gives up and says which component is down and why;
 * the rest of the stack keeps running. Before the component was ever healthy, giving up (or not becoming healthy in
 * time) fails {@link #start()}, which fails the whole start.
 */
final class Supervisor {

    /** How hard to try. */
    record Policy(
            int maxRestarts,
            Duration window,
            Duration firstBackoff,
            Duration maxBackoff,
            Duration readyTimeout,
            Duration pollInterval) {

        static final Policy DEFAULT = new Policy(
                3,
                Duration.ofMinutes(10),
                Duration.ofSeconds(1),
                Duration.ofSeconds(16),
                LocalStack.READY_TIMEOUT,
                Duration.ofSeconds(1));

        /** 1 s, 2 s, 4 s… capped: the pause before restart number {@code attempt} (1-based). */
        Duration backoff(int attempt) {
            long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 20);
            return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
        }
    }

    enum State {
        STARTING,
        READY,
        RESTARTING,
        DOWN,
        STOPPED
    }

    /** What {@code --status} shows of a component. */
    record Snapshot(String name, State state, long pid, int port, Instant since, int restarts, String note) {}

    private final String name;
    private final int port;
    private final Supplier<? extends Running> launch;
    private final BooleanSupplier healthy;
    private final Policy policy;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> report;
    private final Runnable changed;

    private final CompletableFuture<Void> firstReady = new CompletableFuture<>();
    private final Deque<Instant> recentExits = new ArrayDeque<>();
    private final Instant created = Instant.now();
    private Running current;
    private int generation;
    private State state = State.STARTING;
    private Instant since = Instant.now();
    private int restarts;
    private String note = "";
    private boolean stopping;
    private ScheduledFuture<?> pending;
    private CompletableFuture<Void> resumed;

    Supervisor(
            String name,
            int port,
            Supplier<? extends Running> launch,
            BooleanSupplier healthy,
            Policy policy,
            ScheduledExecutorService scheduler,
            Consumer<String> report,
            Runnable changed) {
        this.name = name;
        this.port = port;
        this.launch = launch;
        this.healthy = healthy;
        this.policy = policy;
        this.scheduler = scheduler;
        this.report = report;
        this.changed = changed;
    }

    String name() {
        return name;
    }

    /** Launches the component; completes when it is healthy for the first time. */
    CompletableFuture<Void> start() {
        scheduler.execute(this::launchOnce);
        return firstReady;
    }

    private void launchOnce() {
        Running running;
        int mine;
        synchronized (this) {
            if (stopping) {
                return;
            }
            mine = ++generation;
        }
        try {
            running = launch.get();
        } catch (RuntimeException e) {
            failed(mine, e.getMessage(), null);
            return;
        }
        synchronized (this) {
            if (stopping) {
                running.stop(LocalStack.STOP_TIMEOUT);
                return;
            }
            current = running;
            since = Instant.now();
            note = "";
        }
        changed.run();
        running.onExit().whenComplete((v, e) -> exited(mine, running));
        awaitHealthy(mine, running, Instant.now());
    }

    private void awaitHealthy(int mine, Running running, Instant begin) {
        pollHealth(mine, running, begin, begin.plus(policy.readyTimeout()), 0);
    }

    /** One health check, then the next one scheduled (a task that reschedules itself cannot die silently). */
    private void pollHealth(int mine, Running running, Instant begin, Instant deadline, long delayMillis) {
        try {
            scheduler.schedule(
                    () -> {
                        synchronized (this) {
                            if (mine != generation || stopping || !running.isAlive()) {
                                return;
                            }
                        }
                        if (checkHealth()) {
                            becameHealthy(mine, begin);
                        } else if (Instant.now().isAfter(deadline)) {
                            notHealthyInTime(mine, running);
                        } else {
                            pollHealth(
                                    mine,
                                    running,
                                    begin,
                                    deadline,
                                    policy.pollInterval().toMillis());
                        }
                    },
                    delayMillis,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The stack is stopping.
        }
    }

    private boolean checkHealth() {
        try {
            return healthy.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void becameHealthy(int mine, Instant begin) {
        boolean first;
        CompletableFuture<Void> waiting;
        synchronized (this) {
            if (mine != generation || stopping) {
                return;
            }
            first = state == State.STARTING;
            state = State.READY;
            since = Instant.now();
            waiting = resumed;
            resumed = null;
        }
        changed.run();
        if (first) {
            firstReady.complete(null);
        } else if (waiting != null) {
            report.accept(name + " is healthy again after being started on request (" + seconds(begin) + " s)");
            waiting.complete(null);
        } else {
            report.accept(name + " is healthy again after restart " + restarts + " (" + seconds(begin) + " s)");
        }
    }

    private void notHealthyInTime(int mine, Running running) {
        String why = "not healthy after " + policy.readyTimeout().toSeconds() + " s";
        synchronized (this) {
            if (mine != generation || stopping) {
                return;
            }
            if (state == State.STARTING) {
                // A first start that hangs is a configuration problem; restarting would only hide it.
                giveUp(why + "; last log lines:\n" + running.lastLines());
                running.stop(LocalStack.STOP_TIMEOUT);
                return;
            }
            note = why;
        }
        // Its exit is then handled like any other: restarted while the budget allows.
        running.stop(LocalStack.STOP_TIMEOUT);
    }

    private void exited(int mine, Running running) {
        failed(mine, running.exitDescription(), running);
    }

    private void failed(int mine, String how, Running running) {
        Duration delay;
        int attempt;
        String crash = running == null ? null : crashReport(running);
        synchronized (this) {
            if (mine != generation || stopping || state == State.DOWN) {
                return;
            }
            Instant now = Instant.now();
            recentExits.addLast(now);
            while (!recentExits.isEmpty() && recentExits.peekFirst().isBefore(now.minus(policy.window()))) {
                recentExits.removeFirst();
            }
            String reason = note.isEmpty() ? how : note + ", then " + how;
            if (recentExits.size() > policy.maxRestarts()) {
                giveUp("it stopped " + recentExits.size() + " times in "
                        + policy.window().toMinutes() + " min (last: " + reason + ")"
                        + (crash == null ? "" : "; crash report " + crash)
                        + "; log " + (running == null ? "-" : running.logFile())
                        + (running == null ? "" : "\nlast log lines:\n" + running.lastLines()));
                return;
            }
            attempt = recentExits.size();
            restarts++;
            delay = policy.backoff(attempt);
            state = state == State.STARTING ? State.STARTING : State.RESTARTING;
            note = reason;
            pending = scheduler.schedule(this::launchOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        changed.run();
        report.accept(name + " stopped unexpectedly (" + how + ")"
                + (crash == null ? "" : ", crash report " + crash)
                + "; restarting in " + seconds(delay) + " s (attempt " + attempt + " of " + policy.maxRestarts()
                + ")" + (running == null ? "" : "; log " + running.logFile()));
    }

    /** Called with the lock held. */
    private void giveUp(String why) {
        boolean wasStarting = state == State.STARTING;
        state = State.DOWN;
        since = Instant.now();
        note = why.lines().findFirst().orElse(why);
        String message = name + " is DOWN: " + why;
        scheduler.execute(changed);
        if (resumed != null) {
            resumed.completeExceptionally(new LocalStackException(name + " failed to start again: " + why));
            resumed = null;
        }
        if (wasStarting) {
            firstReady.completeExceptionally(new LocalStackException(name + " failed to start: " + why));
        } else {
            report.accept(message);
        }
    }

    /** The JVM's fatal error file ({@code -XX:ErrorFile}), when the process left one. */
    static String crashReport(Running running) {
        Path file = crashReportPath(running.logFile(), running.pid());
        return Files.isRegularFile(file) ? file.toString() : null;
    }

    /** Where a JVM child writes its fatal error report: next to its log ({@code %p} is its pid). */
    static Path crashReportPath(Path logFile, Object pid) {
        String log = logFile.getFileName().toString();
        String base = log.endsWith(".log") ? log.substring(0, log.length() - 4) : log;
        return logFile.resolveSibling(base + "-crash-" + pid + ".log");
    }

    /** Stops the component and any restart on its way. */
    void stop(Duration timeout) {
        markStopping();
        Running running = current();
        if (running != null) {
            running.stop(timeout);
        }
    }

    /**
     * Starts again a component stopped on purpose with {@link #stop} (a test stops one service to see the others cope,
     * then starts it again); completes when it is healthy, exceptionally when it cannot be. Restarts after a crash
     * then follow the policy afresh.
     */
    CompletableFuture<Void> resume() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        synchronized (this) {
            if (!stopping || state != State.STOPPED) {
                throw new IllegalStateException(name + " was not stopped on purpose (" + state + ")");
            }
            stopping = false;
            // A late exit notice of the stopped process must not count as a crash of the new one.
            generation++;
            recentExits.clear();
            state = State.RESTARTING;
            since = Instant.now();
            note = "started again on request";
            resumed = ready;
        }
        changed.run();
        scheduler.execute(this::launchOnce);
        return ready;
    }

    /** Processes to stop together with others (the stack stops a whole layer at once). */
    synchronized Running current() {
        return current;
    }

    /** No restart from now on; a start still waiting for its first health fails. */
    void markStopping() {
        synchronized (this) {
            stopping = true;
            if (pending != null) {
                pending.cancel(false);
            }
            if (state != State.DOWN) {
                state = State.STOPPED;
            }
            if (resumed != null) {
                resumed.completeExceptionally(new LocalStackException(name + " was stopped while starting again."));
                resumed = null;
            }
        }
        if (!firstReady.isDone()) {
            firstReady.completeExceptionally(new LocalStackException("The local stack was stopped while starting."));
        }
    }

    synchronized Snapshot snapshot() {
        long pid = current == null ? -1 : current.pid();
        return new Snapshot(name, state, pid, port, state == State.STARTING ? created : since, restarts, note);
    }

    private static String seconds(Instant since) {
        return seconds(Duration.between(since, Instant.now()));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
