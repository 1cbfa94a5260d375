package ca.clientele.booking.slot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What slot tests control: "now", and staff members' appointments (fed to slot search through its {@link BusyTimes}
 * port, so that the rules are tested on their own, whatever the appointments feature stores).
 */
@TestConfiguration(proxyBeanMethods = false)
class SlotTestConfiguration {

    @Bean
    SettableClock clock() {
        return new SettableClock();
    }

    @Bean
    @Primary
    ListedBusyTimes listedBusyTimes() {
        return new ListedBusyTimes();
    }

    static final class SettableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-10-01T12:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class ListedBusyTimes implements BusyTimes {

        private final Map<UUID, List<Busy>> busy = new ConcurrentHashMap<>();

        void add(UUID staffId, Busy appointment) {
            busy.computeIfAbsent(staffId, id -> new CopyOnWriteArrayList<>()).add(appointment);
        }

        @Override
        public List<Busy> busy(UUID staffId, Instant from, Instant to) {
            return busy.getOrDefault(staffId, List.of()).stream()
                    .filter(other -> other.blockedFrom().isBefore(to) && from.isBefore(other.blockedUntil()))
                    .toList();
        }
    }
}
