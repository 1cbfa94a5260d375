package ca.clientele.ticket.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * In-process notice that a ticket was opened, published in the opening transaction so that other features of this
 * service (the incident register for an {@link TicketType#INCIDENT} call) act atomically with it through a plain
 * {@code @EventListener}. It never leaves the service: the externalized, documented event is {@code ticket-opened}.
 *
 * @param number the public number ("#78190")
 * @param openedBy the Keycloak id of who opened it (the client, or the staff member who logged the call)
 */
public record TicketOpened(
        UUID ticketId, UUID clientId, int number, TicketType type, Channel channel, UUID openedBy, Instant openedAt) {}
