package ca.clientele.billing.invoice;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditNoteRepository extends JpaRepository<CreditNote, UUID> {

    List<CreditNote> findByInvoiceIdOrderByIssuedAtAscNumberAsc(UUID invoiceId);

    List<CreditNote> findByInvoiceIdInOrderByIssuedAtAscNumberAsc(Collection<UUID> invoiceIds);
}
