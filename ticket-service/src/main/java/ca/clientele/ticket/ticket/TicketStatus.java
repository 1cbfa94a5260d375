package ca.clientele.ticket.ticket;

/**
 * Whose turn it is in a ticket. The portal shows the first two in orange and purple: the client
 * knows at a glance whether the technician owes them an answer or the other way round.
 */
enum TicketStatus {
    WAITING_ON_STAFF,
    WAITING_ON_CLIENT,
    CLOSED;

    /** Key of the label in {@code messages*.properties}. */
    String messageKey() {
        return "ticket.status." + name();
    }
}
