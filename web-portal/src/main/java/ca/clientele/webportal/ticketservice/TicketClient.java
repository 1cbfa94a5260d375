package ca.clientele.webportal.ticketservice;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The ticket-service as the signed-in client uses it ("Mes messages"). The service answers 404 for
 * a ticket that is not the caller's, 403 (a refusal page, or the form's notice) for a suspended or
 * banned client who writes, 409 for a close or reopen from a stale page.
 */
@HttpExchange("/api/tickets")
public interface TicketClient {

    /**
     * The client's tickets; {@code clientId} must be the caller's own. {@code status}, {@code q}
     * absent = all; {@code sort} updated|created|number, {@code direction} desc|asc.
     */
    @GetExchange
    TicketPage list(
            @RequestParam UUID clientId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam String sort,
            @RequestParam String direction,
            @RequestParam int page,
            @RequestParam int size);

    /** A ticket with its newest messages. */
    @GetExchange("/{id}")
    TicketView get(@PathVariable UUID id);

    /** Older messages, newest first ("Voir plus"). */
    @GetExchange("/{id}/messages")
    MessagePage messages(@PathVariable UUID id, @RequestParam int page, @RequestParam int size);

    /** Opens a ticket for the client: 201 with the ticket. */
    @PostExchange
    TicketView open(@RequestBody NewTicket ticket);

    /** The client's reply: the ticket waits on the staff again (reopened if it was closed). */
    @PostExchange("/{id}/messages")
    MessageView reply(@PathVariable UUID id, @RequestBody NewMessage message);

    @PostExchange("/{id}/close")
    TicketView close(@PathVariable UUID id, @RequestBody Version version);

    @PostExchange("/{id}/reopen")
    TicketView reopen(@PathVariable UUID id, @RequestBody Version version);

    /** Active categories, labelled in the caller's language. */
    @GetExchange("/categories")
    List<Choice> categories();

    /** Active "Service(s) souhaité(s)", labelled in the caller's language. */
    @GetExchange("/service-options")
    List<Choice> serviceOptions();
}
