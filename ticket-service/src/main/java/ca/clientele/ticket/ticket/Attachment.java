package ca.clientele.ticket.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A file the document-service holds for a message; its name is personal (encrypted with the message). */
record Attachment(
        @NotNull UUID documentId,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 255) String contentType,
        @PositiveOrZero long size) {}
