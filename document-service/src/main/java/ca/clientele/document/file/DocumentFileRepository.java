package ca.clientele.document.file;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentFileRepository extends JpaRepository<DocumentFile, UUID> {

    Page<DocumentFile> findByClientIdAndPurposeInAndVisibilityInAndDeletedAtIsNull(
            UUID clientId, Collection<Purpose> purposes, Collection<Visibility> visibilities, Pageable pageable);

    Page<DocumentFile> findByClientIdAndTicketIdAndVisibilityInAndDeletedAtIsNull(
            UUID clientId, UUID ticketId, Collection<Visibility> visibilities, Pageable pageable);

    /** Deleted before {@code cutoff} and still in storage, oldest first, a batch at a time. */
    List<DocumentFile> findTop100ByDeletedAtBeforeAndPurgedAtIsNullOrderByDeletedAt(Instant cutoff);
}
