package ca.clientele.ticket.incident;

import ca.clientele.ticket.ticket.TicketOpened;
import ca.clientele.ticket.ticket.TicketType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An INCIDENT call opens its register entry. A plain (synchronous) listener, so it runs inside the
 * transaction that records the call: the call, its entry and incident-recorded commit together or
 * not at all, and a failure here refuses the call rather than leaving an incident unregistered.
 */
@Component
class IncidentCalls {

    private final IncidentRegister register;

    IncidentCalls(IncidentRegister register) {
        this.register = register;
    }

    @EventListener
    void on(TicketOpened opened) {
        if (opened.type() == TicketType.INCIDENT) {
            // The business learned of it on the day of the call (Montréal's calendar); the admin may correct it.
            register.open(
                    opened.ticketId(),
                    opened.number(),
                    opened.clientId(),
                    opened.openedAt().atZone(IncidentFields.MONTREAL).toLocalDate());
        }
    }
}
