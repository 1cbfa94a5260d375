package ca.clientele.webportal.ticketservice;

import java.util.List;
import java.util.Map;

/**
 * One page of the client's tickets, and how many tickets each status has under the same filters. {@code capped}: a
 * search matched too many tickets to count (more than {@code page.totalElements}); {@code counts} is then empty. Absent = counted.
 */
public record TicketPage(List<TicketSummary> content, PageInfo page, Map<String, Long> counts, Boolean capped) {

    public TicketPage {
        content = content == null ? List.of() : content;
        page = page == null ? new PageInfo(0, 0, content.size(), 1) : page;
        counts = counts == null ? Map.of() : counts;
        capped = Boolean.TRUE.equals(capped);
    }

    /** Tickets of this status under the list's other filters (0 when the service did not count it). */
    public long count(String status) {
        return counts.getOrDefault(status, 0L);
    }
}
