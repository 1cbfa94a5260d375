package ca.clientele.webportal.messages;

import ca.clientele.webportal.ticketservice.NewTicket;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * "+ Nouveau ticket". {@code body} is the rich-text editor's HTML (plain text without JavaScript);
 * the ticket-service sanitises it. {@code ticketId}: the document-service files an attachment under
 * a ticket id, so the form draws the new ticket's id once, uploads its files under it, and opens the
 * ticket with that same id (the ticket-service accepts it): the document-service's ticket readers
 * then know the attachments' ticket, and a double submit opens one ticket.
 */
record NewTicketForm(
        @NotBlank @Size(max = 150) String subject,
        @NotNull UUID categoryId,
        @Size(max = 10) List<UUID> serviceOptionIds,
        @EmailList(max = 10) String beneficiaries,
        @NotBlank @Size(max = 100_000) String body,
        @Size(max = 10) List<AttachmentInput> attachments,
        UUID ticketId) {

    static NewTicketForm empty() {
        return new NewTicketForm(null, null, List.of(), null, null, List.of(), UUID.randomUUID());
    }

    NewTicket toRequest(UUID clientId) {
        return new NewTicket(
                ticketId,
                clientId,
                subject,
                categoryId,
                serviceOptionIds == null ? List.of() : serviceOptionIds,
                EmailAddresses.split(beneficiaries),
                body,
                List.of(),
                AttachmentInput.of(attachments));
    }

    /** The checkboxes to tick again when the form comes back with errors. */
    public boolean wants(UUID serviceOptionId) {
        return serviceOptionIds != null && serviceOptionIds.contains(serviceOptionId);
    }
}
