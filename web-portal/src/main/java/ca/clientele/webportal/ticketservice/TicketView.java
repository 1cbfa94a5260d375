package ca.clientele.webportal.ticketservice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket's page as the client may see it: the service leaves out internal notes and other
 * people's BCC. {@code canReply} is false while the client is suspended or banned; {@code messages}
 * are the newest ones, newest first, {@code moreMessages} when older ones exist.
 */
public record TicketView(
        UUID id,
        int number,
        String status,
        String statusLabel,
        String subject,
        UUID categoryId,
        String categoryLabel,
        UUID clientId,
        Instant createdAt,
        Instant updatedAt,
        List<String> beneficiaries,
        List<ServiceOption> serviceOptions,
        Instant closedAt,
        boolean canReply,
        List<MessageView> messages,
        boolean moreMessages,
        long version) {

    public TicketView {
        beneficiaries = beneficiaries == null ? List.of() : beneficiaries;
        serviceOptions = serviceOptions == null ? List.of() : serviceOptions;
        messages = messages == null ? List.of() : messages;
    }

    /** A service the client asked about, labelled in their language. */
    public record ServiceOption(UUID id, String label) {}

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
