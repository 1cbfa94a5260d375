package ca.clientele.booking.waitlist;

import ca.clientele.platform.events.DomainEvents;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** waitlist-offered, through the outbox: subject = the waiting client (docs/events). */
@Component
class WaitlistEvents {

    private final DomainEvents events;

    WaitlistEvents(DomainEvents events) {
        this.events = events;
    }

    void offered(WaitlistEntry entry) {
        events.publish(
                "waitlist-offered",
                entry.clientId(),
                new Offered(
                        entry.id(),
                        entry.clientId(),
                        entry.serviceId(),
                        entry.branchId(),
                        entry.offeredStart(),
                        entry.offeredStaffId()));
    }

    record Offered(UUID entryId, UUID clientId, UUID serviceId, UUID branchId, Instant start, UUID staffId) {}
}
