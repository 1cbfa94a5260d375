package ca.clientele.ticket.ticket;

import java.util.UUID;

/** A staff member a ticket can be assigned to. */
record Assignee(UUID id, String name) {}
