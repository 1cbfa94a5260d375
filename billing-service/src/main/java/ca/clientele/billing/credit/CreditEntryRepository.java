package ca.clientele.billing.credit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditEntryRepository extends JpaRepository<CreditEntry, UUID> {

    List<CreditEntry> findByClientIdOrderBySeqDesc(UUID clientId);

    Optional<CreditEntry> findFirstByClientIdOrderBySeqDesc(UUID clientId);
}
