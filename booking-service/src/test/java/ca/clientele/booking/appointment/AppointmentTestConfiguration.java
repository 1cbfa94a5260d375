package ca.clientele.booking.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class AppointmentTestConfiguration {

    @Bean
    SettableClock clock() {
        return new SettableClock();
    }

    /** "Now" as a test says; the real time until one does. */
    static final class SettableClock extends Clock {

        private volatile Instant now;

        void set(Instant instant) {
            now = instant;
        }

        void reset() {
            now = null;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant fixed = now;
            return fixed == null ? Instant.now() : fixed;
        }
    }
}
