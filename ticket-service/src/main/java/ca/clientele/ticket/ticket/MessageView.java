package ca.clientele.ticket.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message as its reader may see it: bcc only for staff and for the message's author. */
record MessageView(
        UUID id,
        UUID authorId,
        String authorName,
        AuthorRole authorRole,
        boolean internal,
        String body,
        List<String> bcc,
        List<Attachment> attachments,
        Instant createdAt) {}
