package ca.clientele.ticket.ticket;

import java.util.List;
import java.util.Map;

/** A page of tickets and, for the same filters but any status, how many tickets are in each status. */
record TicketPage(List<TicketSummary> content, PageInfo page, Map<TicketStatus, Long> counts) {}
