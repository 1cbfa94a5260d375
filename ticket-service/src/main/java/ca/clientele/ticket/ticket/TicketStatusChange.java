package ca.clientele.ticket.ticket;

/** A change of a ticket's status and why; {@code none()} when a step left the status as it was. */
record TicketStatusChange(TicketStatus from, TicketStatus to, Reason reason) {

    enum Reason {
        CLIENT_MESSAGE,
        STAFF_REPLY,
        CLOSED_BY_CLIENT,
        CLOSED_BY_STAFF,
        REOPENED,
        AUTO_CLOSED
    }

    boolean changed() {
        return from != to;
    }
}
