package ca.clientele.platform.testing.replicas;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/** A job under a lease, the way the services' scheduled jobs are: it counts its runs and holds on until released. */
@Component
public class LockedJob {

    static final String LOCK = "replica-job";

    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2M")
    public void run(AtomicInteger runs, CountDownLatch entered, CountDownLatch release) throws InterruptedException {
        runs.incrementAndGet();
        entered.countDown();
        if (!release.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the test never released the job");
        }
    }
}
