package ca.clientele.ticket.ticket;

/** How a ticket reached the business. Public for the incident register (it records how it learned). */
public enum Channel {
    PORTAL,
    PHONE,
    IN_PERSON,
    EMAIL;

    String messageKey() {
        return "ticket.channel." + name();
    }
}
