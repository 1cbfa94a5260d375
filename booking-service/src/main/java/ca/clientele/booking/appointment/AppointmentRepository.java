package ca.clientele.booking.appointment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    /**
     * Billing placed the appointment's order: its id and number (a bulk update: the version does not move). An order
     * replacing another (the appointment changed before it was paid) starts again as awaiting payment.
     */
    @Modifying
    @Query("update Appointment a set a.orderId = :orderId, a.orderNumber = :number,"
            + " a.orderStatus = case when a.orderId is null or a.orderId = :orderId"
            + " then coalesce(a.orderStatus, 'PENDING_PAYMENT') else 'PENDING_PAYMENT' end where a.id = :id")
    int recordOrder(UUID id, UUID orderId, String number);

    /**
     * The order's status as billing announced it (a bulk update: the version does not move), unless the appointment
     * has another order now (the announced one was replaced).
     */
    @Modifying
    @Query("update Appointment a set a.orderStatus = :status where a.id = :id"
            + " and (a.orderId is null or a.orderId = :orderId)")
    int recordOrderStatus(UUID id, UUID orderId, String status);

    /** A client's appointments still to happen, after {@code from}: what a ban cancels. */
    List<Appointment> findByClientIdAndStartsAtAfterAndStatusIn(
            UUID clientId, Instant from, List<AppointmentStatus> statuses);

    /** The latest name a booking gave for this client (staff booking without one). */
    Optional<Appointment> findFirstByClientIdAndClientNameIsNotNullOrderByCreatedAtDesc(UUID clientId);
}
