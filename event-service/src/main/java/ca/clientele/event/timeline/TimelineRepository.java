package ca.clientele.event.timeline;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TimelineRepository extends JpaRepository<TimelineEntry, Long>, JpaSpecificationExecutor<TimelineEntry> {

    Page<TimelineEntry> findByClientId(UUID clientId, Pageable pageable);

    Optional<TimelineEntry> findByEventId(String eventId);
}
