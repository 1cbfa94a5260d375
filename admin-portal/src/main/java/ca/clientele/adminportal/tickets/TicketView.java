package ca.clientele.adminportal.tickets;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A ticket as staff see it: the inbox row's fields ({@code summary}, unwrapped: the same JSON
 * object), what only the ticket's page shows, its five newest messages and the version its edits send.
 */
public record TicketView(
        @JsonUnwrapped TicketSummary summary,
        List<String> beneficiaries,
        List<Labelled> serviceOptions,
        Integer durationMinutes,
        Instant closedAt,
        boolean canReply,
        List<MessageView> messages,
        boolean moreMessages,
        long version) {

    public TicketView {
        beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
        serviceOptions = serviceOptions == null ? List.of() : List.copyOf(serviceOptions);
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public UUID id() {
        return summary.id();
    }

    public boolean isClosed() {
        return "CLOSED".equals(summary.status());
    }

    /** {@code WAITING_ON_STAFF} → {@code status-waiting-on-staff}. */
    static String statusClass(String status) {
        return status == null
                ? "status"
                : "status-" + status.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A service option chosen by the client, label in the user's language. */
    public record Labelled(UUID id, String label) {}
}
