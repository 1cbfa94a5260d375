package ca.clientele.billing.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, UUID> {

    /** The appointment's current order: not one replaced when the appointment changed. */
    Optional<Order> findByAppointmentIdAndReplacedAtIsNull(UUID appointmentId);

    Page<Order> findByClientIdOrderByPlacedAtDescNumberDesc(UUID clientId, Pageable page);

    Page<Order> findAllByOrderByPlacedAtDescNumberDesc(Pageable page);

    @Query(value = "select nextval('order_number_seq')", nativeQuery = true)
    long nextNumber();

    /** A client's orders whose invoice waits for the client's copy, oldest first, locked (ADR 0036). */
    @Query(
            value = "select id from customer_order where client_id = :clientId and awaiting_client_copy"
                    + " order by number for update",
            nativeQuery = true)
    List<UUID> lockAwaitingClientCopy(UUID clientId);

    /** Orders that waited for their client's copy since before {@code before}, locked; others' locks skipped. */
    @Query(
            value = "select id from customer_order where awaiting_client_copy and placed_at < :before"
                    + " order by placed_at limit :limit for update skip locked",
            nativeQuery = true)
    List<UUID> lockOverdueAwaitingClientCopy(Instant before, int limit);
}
