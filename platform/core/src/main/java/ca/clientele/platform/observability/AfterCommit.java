package ca.clientele.platform.observability;

import io.micrometer.core.instrument.Counter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business counters count what happened, so inside a transaction they move only once it commits: a booking rolled
 * back by a conflict is no booking.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Increments now outside a transaction, else after the current one commits (never on rollback). */
    public static void increment(Counter counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
