package ca.clientele.ticket.ticket;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketMessageRepository extends JpaRepository<TicketMessage, UUID> {

    Slice<TicketMessage> findByTicketIdOrderByCreatedAtDescIdDesc(UUID ticketId, Pageable page);

    Slice<TicketMessage> findByTicketIdAndInternalFalseOrderByCreatedAtDescIdDesc(UUID ticketId, Pageable page);

    long countByTicketId(UUID ticketId);

    long countByTicketIdAndInternalFalse(UUID ticketId);
}
