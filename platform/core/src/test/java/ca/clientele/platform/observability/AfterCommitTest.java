package ca.clientele.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class AfterCommitTest {

    private final Counter counter = Counter.builder("test.counted").register(new SimpleMeterRegistry());

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionItCountsAtOnce() {
        AfterCommit.increment(counter);

        assertThat(counter.count()).isEqualTo(1);
    }

    @Test
    void insideATransactionItCountsOnlyOnceCommitted() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.increment(counter);
        assertThat(counter.count()).isZero();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(counter.count()).isEqualTo(1);
    }

    @Test
    void aRollbackCountsNothing() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.increment(counter);

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(counter.count()).isZero();
    }
}
