package ca.clientele.ticket.ticket;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A new ticket's chosen id is another ticket's (409); its detail comes from this service's message bundle. */
class TicketIdTakenException extends ErrorResponseException {

    TicketIdTakenException() {
        super(HttpStatus.CONFLICT);
    }
}
