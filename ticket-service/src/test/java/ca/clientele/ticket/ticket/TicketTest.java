package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The turn rules of a ticket, without a database. */
class TicketTest {

    private static final Instant T0 = Instant.parse("2026-12-01T15:00:00Z");
    private final UUID clientId = UUID.randomUUID();
    private final UUID staffId = UUID.randomUUID();

    @Test
    void eachStaffReplyStartsAFreshWaitAndAClientMessageEndsIt() {
        Ticket ticket = opened(TicketStatus.WAITING_ON_STAFF, true);
        assertThat(ticket.waitingSince()).isNull();

        Ticket.Posted reply = ticket.post(draft(AuthorRole.STAFF, false), T0.plusSeconds(60));
        assertThat(reply.change())
                .isEqualTo(new TicketStatusChange(
                        TicketStatus.WAITING_ON_STAFF,
                        TicketStatus.WAITING_ON_CLIENT,
                        TicketStatusChange.Reason.STAFF_REPLY));
        assertThat(ticket.waitingSince()).isEqualTo(T0.plusSeconds(60));
        ticket.closeWarned();

        ticket.post(draft(AuthorRole.STAFF, false), T0.plus(Duration.ofDays(2)));
        assertThat(ticket.waitingSince()).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(ticket.isCloseWarned()).as("a new wait gets its own warning").isFalse();

        Ticket.Posted answer = ticket.post(draft(AuthorRole.CLIENT, false), T0.plus(Duration.ofDays(3)));
        assertThat(answer.change().to()).isEqualTo(TicketStatus.WAITING_ON_STAFF);
        assertThat(ticket.waitingSince()).isNull();
        assertThat(ticket.updatedAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
    }

    @Test
    void anInternalNoteLeavesTheStatusAndAClientMessageReopensAClosedTicket() {
        Ticket ticket = opened(TicketStatus.WAITING_ON_CLIENT, true);
        Ticket.Posted note = ticket.post(draft(AuthorRole.STAFF, true), T0.plusSeconds(5));
        assertThat(note.change().changed()).isFalse();
        assertThat(note.message().internal()).isTrue();

        TicketStatusChange closed = ticket.close(false, T0.plusSeconds(10));
        assertThat(closed.reason()).isEqualTo(TicketStatusChange.Reason.CLOSED_BY_CLIENT);
        assertThat(ticket.closedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(ticket.close(true, T0.plusSeconds(11)).changed())
                .as("closing twice changes nothing")
                .isFalse();

        Ticket.Posted message = ticket.post(draft(AuthorRole.CLIENT, false), T0.plusSeconds(20));
        assertThat(message.change().from()).isEqualTo(TicketStatus.CLOSED);
        assertThat(message.change().to()).isEqualTo(TicketStatus.WAITING_ON_STAFF);
        assertThat(ticket.closedAt()).isNull();
    }

    @Test
    void everyMessageOfAStaffOnlyCallIsInternalAndChangesNothing() {
        Ticket call = opened(TicketStatus.WAITING_ON_STAFF, false);
        Ticket.Posted posted = call.post(draft(AuthorRole.STAFF, false), T0.plusSeconds(5));
        assertThat(posted.message().internal()).isTrue();
        assertThat(posted.change().changed()).isFalse();
        assertThat(call.firstMessage(draft(AuthorRole.STAFF, false)).internal()).isTrue();
    }

    private Ticket opened(TicketStatus status, boolean visibleToClient) {
        return new Ticket(new Ticket.Opening(
                12_345,
                clientId,
                "Francis Marceau",
                " Sujet ",
                UUID.randomUUID(),
                visibleToClient ? TicketType.MESSAGE : TicketType.QUESTION,
                visibleToClient ? Channel.PORTAL : Channel.PHONE,
                visibleToClient,
                List.of(),
                List.of(),
                null,
                null,
                null,
                clientId,
                status,
                T0));
    }

    private TicketMessage.Draft draft(AuthorRole role, boolean internal) {
        UUID author = role == AuthorRole.CLIENT ? clientId : staffId;
        return new TicketMessage.Draft(author, "Nom", role, internal, "<p>Texte</p>", List.of(), null);
    }
}
