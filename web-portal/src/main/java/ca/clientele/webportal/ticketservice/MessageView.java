package ca.clientele.webportal.ticketservice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message of the ticket's history. {@code body} is HTML the ticket-service sanitised with its
 * allow-list (p, br, strong, b, em, i, u, ul, ol, li; no attributes) before storing it. {@code bcc}
 * is empty unless the client wrote the message.
 */
public record MessageView(
        UUID id,
        UUID authorId,
        String authorName,
        String authorRole,
        String body,
        List<String> bcc,
        List<Attachment> attachments,
        Instant createdAt) {

    public MessageView {
        bcc = bcc == null ? List.of() : bcc;
        attachments = attachments == null ? List.of() : attachments;
    }
}
