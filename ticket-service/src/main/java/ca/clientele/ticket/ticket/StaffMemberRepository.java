package ca.clientele.ticket.ticket;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffMemberRepository extends JpaRepository<StaffMember, UUID> {}
