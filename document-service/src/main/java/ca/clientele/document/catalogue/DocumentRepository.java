package ca.clientele.document.catalogue;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, UUID> {

    Page<Document> findByClientId(UUID clientId, Pageable pageable);
}
