package ca.clientele.ticket.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A ticket opened in a portal: by the client for themself, or by staff for a client. {@code id} is optional: a portal
 * that uploads the new ticket's attachments first (the document-service files them under a ticket id) chooses the id,
 * uploads under it, then opens the ticket with it; sending the same opening again answers the ticket already opened
 * (a double submit opens one ticket), and an id taken by another client's ticket is a conflict.
 */
record NewTicket(
        UUID id,
        @NotNull UUID clientId,
        @NotBlank @Size(max = 150) String subject,
        @NotNull UUID categoryId,
        @Size(max = 10) List<@NotNull UUID> serviceOptionIds,
        @Size(max = 10) List<@NotBlank @Email @Size(max = 254) String> beneficiaries,
        @NotBlank @Size(max = 100_000) String body,
        @Size(max = 20) List<@NotBlank @Email @Size(max = 254) String> bcc,
        @Size(max = 10) List<@Valid @NotNull Attachment> attachments) {}
