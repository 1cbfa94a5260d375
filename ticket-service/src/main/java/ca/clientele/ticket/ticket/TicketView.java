package ca.clientele.ticket.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A ticket's page: its fields, the newest messages its reader may see, and whether they may reply. */
record TicketView(
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
        boolean visibleToClient,
        List<String> beneficiaries,
        List<ServiceOptionView> serviceOptions,
        Integer durationMinutes,
        Instant closedAt,
        boolean canReply,
        List<MessageView> messages,
        boolean moreMessages,
        long version) {}
