package ca.clientele.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One incarnation of a supervised component: a child JVM, or PostgreSQL's postmaster. */
interface Running {

    long pid();

    boolean isAlive();

    /** Completes when the process has ended. */
    CompletableFuture<?> onExit();

    /** How it ended, for a person: {@code exit code 134}. */
    String exitDescription();

    /** The last lines it printed (or a pointer to its log file). */
    String lastLines();

    Path logFile();

    /** SIGTERM, then SIGKILL after the timeout, to it and everything it started. */
    void stop(Duration timeout);

    /** It and everything it started, for a stop of several components at once. */
    List<ProcessHandle> handles();
}
