package ca.clientele.registry.audit;

import ca.clientele.platform.events.DomainEvents;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an access event through the outbox in a transaction of its own: the read it records
 * ran in a read-only transaction (or none), and its outcome must not depend on the audit's.
 */
@Component
class AccessEvents {

    static final String ACCESSED = "client-record-accessed";

    private final DomainEvents events;

    AccessEvents(DomainEvents events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void accessed(UUID clientId, ClientRecordAccessed access) {
        events.publish(ACCESSED, clientId, access);
    }
}
