package ca.clientele.platform.testing.replicas;

import ca.clientele.platform.events.DomainEvents;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits one event after another, each in its own transaction, at a steady pace ({@code replica.publish-every}),
 * for as long as the replica lives: the load the replica tests kill or restart replicas under.
 */
@Component
@ConditionalOnProperty("replica.publish-every")
class Publisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    record Tick(String node, long seq) {}

    private final DomainEvents events;
    private final TransactionTemplate transactions;
    private final String node;
    private final Duration every;
    private final AtomicLong seq = new AtomicLong();
    private ScheduledExecutorService executor;

    Publisher(
            DomainEvents events,
            TransactionTemplate transactions,
            @Value("${replica.node}") String node,
            @Value("${replica.publish-every}") Duration every) {
        this.events = events;
        this.transactions = transactions;
        this.node = node;
        this.every = every;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor();
        executor.scheduleAtFixedRate(this::publishOne, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publishOne() {
        try {
            transactions.executeWithoutResult(
                    status -> events.publish("tick", UUID.randomUUID(), new Tick(node, seq.incrementAndGet())));
        } catch (RuntimeException e) {
            // A failed commit publishes nothing (the outbox row rolls back with it); the next tick tries again.
            log.warn("Tick not committed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        executor.shutdown();
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
