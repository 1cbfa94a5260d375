package ca.clientele.ticket.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

@TestConfiguration(proxyBeanMethods = false)
class TicketTestConfiguration {

    @Bean
    MovableClock clock() {
        return new MovableClock();
    }

    @Bean
    OpenedNotices openedNotices() {
        return new OpenedNotices();
    }

    /** The system clock plus an offset a test moves forward (and resets). */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** Every {@link TicketOpened} published in process, as another feature's listener would get it. */
    static final class OpenedNotices {

        final List<TicketOpened> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TicketOpened opened) {
            received.add(opened);
        }
    }
}
