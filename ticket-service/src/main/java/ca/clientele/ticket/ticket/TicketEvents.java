package ca.clientele.ticket.ticket;

import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.observability.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What tickets tell the rest of the platform, through the outbox, inside the caller's transaction (schemas in
 * docs/events). Ids and facts only: no body, no address; the subject only in ticket-opened of a ticket the client
 * sees (document-service shows it). The subject of every event is the ticket's client, so a client's events stay in
 * order. Messages posted are also counted once committed ({@code clientele_messages_posted_total{author}},
 * docs/observability.md).
 */
@Component
class TicketEvents {

    private final DomainEvents events;
    private final ApplicationEventPublisher inProcess;
    private final MeterRegistry meters;

    TicketEvents(DomainEvents events, ApplicationEventPublisher inProcess, MeterRegistry meters) {
        this.events = events;
        this.inProcess = inProcess;
        this.meters = meters;
    }

    void opened(Ticket ticket) {
        inProcess.publishEvent(new TicketOpened(
                ticket.id(),
                ticket.clientId(),
                ticket.number(),
                ticket.type(),
                ticket.channel(),
                ticket.openedBy(),
                ticket.createdAt()));
        events.publish(
                "ticket-opened",
                ticket.clientId(),
                new Opened(
                        ticket.id(),
                        ticket.clientId(),
                        ticket.number(),
                        ticket.visibleToClient() ? ticket.subject() : null,
                        ticket.type(),
                        ticket.channel(),
                        ticket.visibleToClient(),
                        ticket.openedBy()));
    }

    void messageAdded(Ticket ticket, TicketMessage message, int beneficiaryCount) {
        AfterCommit.increment(Counter.builder("clientele.messages.posted")
                .description("Messages posted on tickets (the first one of a ticket included), by author role")
                .tag("author", message.authorRole().name().toLowerCase(Locale.ROOT))
                .register(meters));
        // Who is to be told: the client of a public staff reply; staff are told of client messages by their inbox.
        List<UUID> recipients = message.authorRole() == AuthorRole.STAFF && !message.internal()
                ? List.of(ticket.clientId())
                : List.of();
        events.publish(
                "message-added",
                ticket.clientId(),
                new MessageAdded(
                        ticket.id(),
                        ticket.clientId(),
                        ticket.number(),
                        message.id(),
                        message.authorId(),
                        message.authorRole(),
                        message.internal(),
                        recipients,
                        message.internal() ? 0 : beneficiaryCount,
                        message.bcc().size()));
    }

    void statusChanged(Ticket ticket, TicketStatusChange change, UUID changedBy) {
        if (change.changed()) {
            events.publish(
                    "ticket-status-changed",
                    ticket.clientId(),
                    new StatusChanged(
                            ticket.id(), ticket.clientId(), change.from(), change.to(), change.reason(), changedBy));
        }
    }

    void assigned(Ticket ticket, UUID assignedBy) {
        events.publish(
                "ticket-assigned",
                ticket.clientId(),
                new Assigned(ticket.id(), ticket.clientId(), ticket.assigneeId(), assignedBy));
    }

    void autoCloseWarning(Ticket ticket, LocalDate closesOn) {
        events.publish(
                "ticket-auto-close-warning",
                ticket.clientId(),
                new AutoCloseWarning(ticket.id(), ticket.clientId(), ticket.number(), closesOn));
    }

    record Opened(
            UUID ticketId,
            UUID clientId,
            int publicNumber,
            String subject,
            TicketType type,
            Channel channel,
            boolean visibleToClient,
            UUID openedBy) {}

    record MessageAdded(
            UUID ticketId,
            UUID clientId,
            int publicNumber,
            UUID messageId,
            UUID authorId,
            AuthorRole authorRole,
            boolean internal,
            List<UUID> recipientClientIds,
            int beneficiaryCount,
            int bccCount) {}

    record StatusChanged(
            UUID ticketId,
            UUID clientId,
            TicketStatus from,
            TicketStatus to,
            TicketStatusChange.Reason reason,
            UUID changedBy) {}

    record Assigned(UUID ticketId, UUID clientId, UUID assigneeId, UUID assignedBy) {}

    record AutoCloseWarning(UUID ticketId, UUID clientId, int publicNumber, LocalDate closesOn) {}
}
