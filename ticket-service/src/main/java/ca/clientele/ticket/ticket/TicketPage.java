package ca.clientele.ticket.ticket;

import java.util.List;
import java.util.Map;

/**
 * A page of tickets and, for the same filters but any status, how many tickets are in each status. {@code capped}: the
 * search matched more than 2,000 tickets, so they were not counted: {@code counts} is empty and
 * {@code page.totalElements} is that lower bound (the pager still says whether a next page exists).
 */
record TicketPage(List<TicketSummary> content, PageInfo page, Map<TicketStatus, Long> counts, boolean capped) {}
