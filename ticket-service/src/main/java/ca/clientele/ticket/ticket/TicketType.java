package ca.clientele.ticket.ticket;

/**
 * What a ticket is: a conversation the client opened in the portal, or one of the four kinds of call staff log
 * (client-app-admin-guide, section 3). Public for the incident register, which reacts to {@link #INCIDENT}.
 */
public enum TicketType {
    MESSAGE,
    QUESTION,
    REQUEST,
    COMPLAINT,
    INCIDENT;

    String messageKey() {
        return "ticket.type." + name();
    }
}
