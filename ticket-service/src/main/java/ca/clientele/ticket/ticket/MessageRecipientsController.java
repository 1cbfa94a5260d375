package ca.clientele.ticket.ticket;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who, besides the client, receives a copy of a reply: the ticket's additional beneficiaries and the reply's BCC.
 * For the notifications (event-service, realm role {@value Caller#SERVICE}) only: the event {@code message-added}
 * carries counts, never addresses, and people read them on the ticket page. Anyone else gets 404.
 */
@RestController
@RequestMapping("/api/tickets")
class MessageRecipientsController {

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;

    MessageRecipientsController(TicketRepository tickets, TicketMessageRepository messages) {
        this.tickets = tickets;
        this.messages = messages;
    }

    record MessageRecipients(List<String> beneficiaries, List<String> bcc) {}

    @GetMapping("/{id}/messages/{messageId}/recipients")
    @Transactional(readOnly = true)
    @Operation(summary = "The copies of a reply (beneficiaries, BCC), for the notification service (role service)")
    @ApiResponse(responseCode = "404", description = "Unknown ticket or message, or the caller is not a service")
    MessageRecipients recipients(
            @PathVariable UUID id, @PathVariable UUID messageId, @Parameter(hidden = true) Caller caller) {
        if (!caller.isService()) {
            throw new ResourceNotFoundException();
        }
        Ticket ticket = tickets.findById(id).orElseThrow(ResourceNotFoundException::new);
        TicketMessage message = messages.findById(messageId)
                .filter(m -> m.ticketId().equals(id))
                .orElseThrow(ResourceNotFoundException::new);
        // An internal note is never e-mailed to anyone outside the staff.
        if (message.internal()) {
            return new MessageRecipients(List.of(), List.of());
        }
        return new MessageRecipients(ticket.beneficiaries(), message.bcc());
    }
}
