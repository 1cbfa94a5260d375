package ca.clientele.document.ticket;

import ca.clientele.platform.security.ResourceNotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose ticket an attachment belongs to, from document-service's own copy ({@code ticket_reader}) fed by the ticket
 * service's {@code ticket-opened} events: the rule is enforced from this service's data, never from what a caller
 * says. A ticket not (yet) known lets the file's own client id decide; a ticket known to be another client's makes the
 * attachment not exist (404).
 */
@Component
public class TicketReaders {

    private final JdbcClient jdbc;

    TicketReaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> clientOf(UUID ticketId) {
        return jdbc.sql("select client_id from ticket_reader where ticket_id = ?")
                .param(ticketId)
                .query(UUID.class)
                .optional();
    }

    /** 404 when the ticket is known to belong to another client than {@code clientId}. */
    public void requireTicketOf(UUID ticketId, UUID clientId) {
        clientOf(ticketId).filter(owner -> !owner.equals(clientId)).ifPresent(owner -> {
            throw new ResourceNotFoundException();
        });
    }

    /** Records the ticket's client; the first record wins (a ticket never changes client). */
    void record(UUID ticketId, UUID clientId) {
        jdbc.sql("insert into ticket_reader (ticket_id, client_id) values (?, ?) on conflict (ticket_id) do nothing")
                .params(ticketId, clientId)
                .update();
    }
}
