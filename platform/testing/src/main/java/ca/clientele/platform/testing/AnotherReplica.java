package ca.clientele.platform.testing;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Plays another replica of the service in a test: it takes a scheduled job's lease (the name of its
 * {@code @SchedulerLock}) in the service's own {@code shedlock} table, so that the test can check that a run of the
 * job due meanwhile is skipped, then runs once the lease is given back (ADR 0033).
 *
 * <pre>{@code
 * try (var replica = AnotherReplica.holding(locks, AutoClose.LOCK)) {
 *     autoClose.run();            // through the bean's proxy: skipped
 * }
 * autoClose.run();                // runs
 * }</pre>
 */
public final class AnotherReplica implements AutoCloseable {

    private final SimpleLock lease;

    private AnotherReplica(SimpleLock lease) {
        this.lease = lease;
    }

    /** Takes the lease for a minute, or fails if someone holds it already. */
    public static AnotherReplica holding(LockProvider locks, String jobLock) {
        return new AnotherReplica(
                locks.lock(new LockConfiguration(Instant.now(), jobLock, Duration.ofMinutes(1), Duration.ZERO))
                        .orElseThrow(() -> new IllegalStateException("the lease " + jobLock + " is already held")));
    }

    /** Gives the lease back: the job's next run happens. */
    @Override
    public void close() {
        lease.unlock();
    }
}
