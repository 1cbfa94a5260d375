package ca.clientele.webportal.messages;

import ca.clientele.webportal.ticketservice.Attachment;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A file already stored by the document-service (upload.js sent it), carried by the message's form
 * in hidden inputs {@code attachments[i].documentId}, {@code .name}, {@code .contentType}, {@code
 * .size} until the message is sent, so that a form shown again with errors keeps its files.
 */
record AttachmentInput(UUID documentId, String name, String contentType, Long size) {

    Attachment toAttachment() {
        return new Attachment(documentId, name, contentType, size == null ? 0 : size);
    }

    /** The files of a form; an entry without a document (a hole in the indexes) is no file. */
    static List<Attachment> of(List<AttachmentInput> inputs) {
        return inputs == null
                ? List.of()
                : inputs.stream()
                        .filter(Objects::nonNull)
                        .filter(input -> input.documentId() != null)
                        .map(AttachmentInput::toAttachment)
                        .toList();
    }
}
