package ca.clientele.ticket.canned;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CannedReplyRepository extends JpaRepository<CannedReply, UUID> {}
