package ca.clientele.ticket.ticket;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, UUID> {

    /** The ticket row locked until the transaction ends: concurrent replies queue instead of failing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.id = :id")
    Optional<Ticket> findLocked(UUID id);

    boolean existsByNumber(int number);

    /** Tickets waiting on the client since before {@code since}, oldest wait first (ticket_waiting_idx). */
    @Query("select t.id from Ticket t where t.status = ca.clientele.ticket.ticket.TicketStatus.WAITING_ON_CLIENT"
            + " and t.waitingSince < :since order by t.waitingSince")
    List<UUID> waitingSince(Instant since, Limit limit);

    /** Tickets waiting on the client since before {@code since} whose close warning has not left yet. */
    @Query("select t.id from Ticket t where t.status = ca.clientele.ticket.ticket.TicketStatus.WAITING_ON_CLIENT"
            + " and t.waitingSince < :since and t.closeWarned = false order by t.waitingSince")
    List<UUID> toWarn(Instant since, Limit limit);

    /** The newest name a client was known by on a ticket (a ticket staff open for them has none of its own). */
    Optional<Ticket> findFirstByClientIdAndClientNameIsNotNullOrderByCreatedAtDesc(UUID clientId);
}
