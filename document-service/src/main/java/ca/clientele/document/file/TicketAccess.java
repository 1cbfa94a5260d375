package ca.clientele.document.file;

import ca.clientele.platform.security.ResourceNotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose ticket an attachment belongs to, from the {@code ticket_reader} copy fed by the ticket service's events. A
 * ticket not (yet) known lets the file's own client id decide; a known ticket of another client makes the attachment
 * not exist (404).
 */
@Component
class TicketAccess {

    private final JdbcClient jdbc;

    TicketAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> clientOf(UUID ticketId) {
        return jdbc.sql("select client_id from ticket_reader where ticket_id = ?")
                .param(ticketId)
                .query(UUID.class)
                .optional();
    }

    /** 404 when the ticket is known to belong to another client than {@code clientId}. */
    void requireTicketOf(UUID ticketId, UUID clientId) {
        clientOf(ticketId).filter(owner -> !owner.equals(clientId)).ifPresent(owner -> {
            throw new ResourceNotFoundException();
        });
    }
}
