package ca.clientele.booking.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCardRepository extends JpaRepository<ReportCard, UUID> {

    Optional<ReportCard> findByAppointmentIdAndPetId(UUID appointmentId, UUID petId);

    List<ReportCard> findByAppointmentIdIn(Collection<UUID> appointmentIds);

    List<ReportCard> findByClientIdOrderByCreatedAtDesc(UUID clientId);

    List<ReportCard> findByClientIdAndPetIdOrderByCreatedAtDesc(UUID clientId, UUID petId);
}
