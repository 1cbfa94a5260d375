package ca.clientele.webportal.ticketservice;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the client's ticket list. Status stays a string (a status added later still renders);
 * {@code statusLabel} and {@code categoryLabel} are already in the client's language.
 */
public record TicketSummary(
        UUID id,
        int number,
        String status,
        String statusLabel,
        String subject,
        UUID categoryId,
        String categoryLabel,
        Instant createdAt,
        Instant updatedAt) {}
