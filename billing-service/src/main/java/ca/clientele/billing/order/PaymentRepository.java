package ca.clientele.billing.order;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

    List<Payment> findByOrderIdOrderByRecordedAt(UUID orderId);

    boolean existsByRefundId(String refundId);

    boolean existsByPaymentIntentIdAndDirection(String paymentIntentId, Payment.Direction direction);
}
