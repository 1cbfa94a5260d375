package ca.clientele.booking.appointment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    /** A client's appointments still to happen, after {@code from}: what a ban cancels. */
    List<Appointment> findByClientIdAndStartsAtAfterAndStatusIn(
            UUID clientId, Instant from, List<AppointmentStatus> statuses);

    /** The latest name a booking gave for this client (staff booking without one). */
    Optional<Appointment> findFirstByClientIdAndClientNameIsNotNullOrderByCreatedAtDesc(UUID clientId);
}
