package ca.clientele.adminportal.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inbox row as ticket-service gives it; codes stay strings so that a value added later still
 * renders, labels are already in the user's language.
 */
public record TicketSummary(
        UUID id,
        int number,
        String status,
        String statusLabel,
        String subject,
        UUID categoryId,
        String categoryLabel,
        String type,
        String typeLabel,
        String channel,
        String channelLabel,
        UUID clientId,
        String clientName,
        UUID assigneeId,
        String assigneeName,
        UUID branchId,
        Instant createdAt,
        Instant updatedAt,
        LocalDate followUpOn,
        boolean visibleToClient) {

    /** The CSS class of the status badge: orange, purple or grey as the seed shows them. */
    public String statusClass() {
        return TicketView.statusClass(status);
    }
}
