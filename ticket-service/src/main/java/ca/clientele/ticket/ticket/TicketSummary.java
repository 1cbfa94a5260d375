package ca.clientele.ticket.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A line of a ticket list, labels in the caller's language. */
record TicketSummary(
        UUID id,
        int number,
        TicketStatus status,
        String statusLabel,
        String subject,
        UUID categoryId,
        String categoryLabel,
        TicketType type,
        String typeLabel,
        Channel channel,
        String channelLabel,
        UUID clientId,
        String clientName,
        UUID assigneeId,
        String assigneeName,
        UUID branchId,
        Instant createdAt,
        Instant updatedAt,
        LocalDate followUpOn,
        boolean visibleToClient) {}
