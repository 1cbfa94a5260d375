package ca.clientele.billing.order;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, UUID> {

    Optional<Order> findByAppointmentId(UUID appointmentId);

    Page<Order> findByClientIdOrderByPlacedAtDescNumberDesc(UUID clientId, Pageable page);

    Page<Order> findAllByOrderByPlacedAtDescNumberDesc(Pageable page);

    @Query(value = "select nextval('order_number_seq')", nativeQuery = true)
    long nextNumber();
}
