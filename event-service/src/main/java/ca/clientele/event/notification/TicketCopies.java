package ca.clientele.event.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Who gets a copy of a ticket reply's e-mail: the ticket's additional beneficiaries (Cc) and the reply's BCC, read
 * from the ticket-service when the e-mail is sent (the event carries no address, and nothing is stored here).
 */
@Component
class TicketCopies {

    /** The ticket-service could not answer: the notification waits for its next attempt. */
    static final class TicketServiceUnavailableException extends RuntimeException {
        TicketServiceUnavailableException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    record Copies(List<String> cc, List<String> bcc) {

        static final Copies NONE = new Copies(List.of(), List.of());
    }

    private record MessageRecipients(List<String> beneficiaries, List<String> bcc) {}

    private final RestClient tickets;

    TicketCopies(RestClient ticketClient) {
        this.tickets = ticketClient;
    }

    /** The copies of the reply, none when the ticket or the message is unknown (deleted since, or a bad row). */
    Copies of(String ticketId, String messageId) {
        if (ticketId == null || messageId == null) {
            return Copies.NONE;
        }
        try {
            MessageRecipients recipients = tickets.get()
                    .uri(
                            "/api/tickets/{id}/messages/{messageId}/recipients",
                            UUID.fromString(ticketId),
                            UUID.fromString(messageId))
                    .retrieve()
                    .body(MessageRecipients.class);
            return recipients == null
                    ? Copies.NONE
                    : new Copies(orEmpty(recipients.beneficiaries()), orEmpty(recipients.bcc()));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Copies.NONE;
        } catch (RestClientException e) {
            throw new TicketServiceUnavailableException(
                    "ticket-service unavailable (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static List<String> orEmpty(List<String> addresses) {
        return addresses == null ? List.of() : addresses;
    }
}
