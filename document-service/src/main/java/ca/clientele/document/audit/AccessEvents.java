package ca.clientele.document.audit;

import ca.clientele.platform.events.DomainEvents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an access event through the outbox in a transaction of its own (the download it
 * records holds none), with the client the document belongs to as its subject.
 */
@Component
class AccessEvents {

    static final String ACCESSED = "document-accessed";

    private final DomainEvents events;
    private final JdbcClient jdbc;

    AccessEvents(DomainEvents events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void accessed(UUID documentId, UUID staffId, String action) {
        owner(documentId)
                .ifPresent(client -> events.publish(
                        ACCESSED, client, new DocumentAccessed(staffId, action, "document", documentId.toString())));
    }

    private Optional<UUID> owner(UUID documentId) {
        return jdbc.sql("select client_id from document where id = ?")
                .param(documentId)
                .query(UUID.class)
                .optional();
    }
}
