package ca.clientele.adminportal.tickets;

import ca.clientele.adminportal.web.SafeHtml;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message of a ticket's history; {@code body} is ticket-service's sanitised HTML. */
public record MessageView(
        UUID id,
        UUID authorId,
        String authorName,
        String authorRole,
        boolean internal,
        String body,
        List<String> bcc,
        List<Attachment> attachments,
        Instant createdAt) {

    public MessageView {
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The body as the page shows it: cleaned once more to the editor's allow-list. */
    public String safeBody() {
        return SafeHtml.clean(body);
    }
}
