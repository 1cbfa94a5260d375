package ca.clientele.adminportal.tickets;

import ca.clientele.adminportal.web.ServicePage;
import java.util.List;
import java.util.Map;

/**
 * A page of the inbox and, for the same filters but the status, how many tickets are in each status. {@code capped}: a
 * search matched too many tickets to count (more than {@code page.totalElements}); {@code counts} is then empty. Absent = counted.
 */
public record TicketPage(
        List<TicketSummary> content, ServicePage.PageMeta page, Map<String, Long> counts, Boolean capped) {

    public TicketPage {
        content = content == null ? List.of() : List.copyOf(content);
        page = page == null ? new ServicePage.PageMeta(0, content.size(), content.size(), 1) : page;
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        capped = Boolean.TRUE.equals(capped);
    }

    public long count(String status) {
        return counts.getOrDefault(status, 0L);
    }
}
