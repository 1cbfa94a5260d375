package ca.clientele.adminportal.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;

/**
 * The reply editor of a ticket: the message (HTML from the rich-text editor, or plain text without
 * JavaScript), whether it is an internal note, the BCC addresses as typed ("liste séparée par des
 * virgules"), the files the browser already sent to document-service, and the canned reply chosen.
 */
record ReplyForm(
        @NotBlank @Size(max = 20000) String body,
        @Size(max = 4000) String bcc,
        Boolean internal,
        List<AttachmentInput> attachments,
        UUID canned) {

    static final int MAX_BCC = 20;
    static final int MAX_ATTACHMENTS = 10;
    // What a person means by an address; the service checks it again.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    ReplyForm {
        // Absent (a post without the checkbox's marker) is a public reply, never an internal note by surprise.
        internal = Boolean.TRUE.equals(internal);
        attachments = attachments == null
                ? List.of()
                : attachments.stream().filter(Objects::nonNull).toList();
    }

    static ReplyForm blank() {
        return new ReplyForm(null, null, false, List.of(), null);
    }

    /** The addresses typed, separated by commas, semicolons or spaces. */
    List<String> bccList() {
        return bcc == null
                ? List.of()
                : Arrays.stream(bcc.split("[,;\\s]+"))
                        .filter(part -> !part.isBlank())
                        .toList();
    }

    /** The first address that is not one, or too many: a message next to the BCC input. */
    void checkBcc(BindingResult binding) {
        List<String> addresses = bccList();
        addresses.stream()
                .filter(address -> !EMAIL.matcher(address).matches())
                .findFirst()
                .ifPresent(wrong -> binding.rejectValue("bcc", "tickets.bcc.invalid", new Object[] {wrong}, null));
        if (addresses.size() > MAX_BCC) {
            binding.rejectValue("bcc", "tickets.bcc.too-many", new Object[] {MAX_BCC}, null);
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            binding.reject("tickets.attachments.too-many", new Object[] {MAX_ATTACHMENTS}, null);
        }
    }

    TicketClient.NewMessage toMessage() {
        return new TicketClient.NewMessage(
                body,
                bccList(),
                attachments.stream()
                        .filter(file -> file.documentId() != null)
                        .map(AttachmentInput::toAttachment)
                        .toList(),
                internal);
    }

    /** The form with a canned reply's body after what was already typed (without JavaScript). */
    ReplyForm withInserted(String html) {
        String typed = body == null ? "" : body;
        return new ReplyForm(typed + html, bcc, internal, attachments, null);
    }

    /** One file the upload script put into the form as hidden inputs. */
    record AttachmentInput(UUID documentId, String name, String contentType, Long size) {

        Attachment toAttachment() {
            return new Attachment(documentId, name, contentType, size);
        }
    }
}
