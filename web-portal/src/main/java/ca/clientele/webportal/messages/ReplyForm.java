package ca.clientele.webportal.messages;

import ca.clientele.webportal.ticketservice.NewMessage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The reply under a ticket: the editor's HTML, "BCC (liste séparée par des virgules)", the files. */
record ReplyForm(
        @NotBlank @Size(max = 100_000) String body,
        @EmailList(max = 20) String bcc,
        @Size(max = 10) List<AttachmentInput> attachments) {

    static ReplyForm empty() {
        return new ReplyForm(null, null, List.of());
    }

    NewMessage toRequest() {
        return new NewMessage(body, EmailAddresses.split(bcc), AttachmentInput.of(attachments), false);
    }
}
