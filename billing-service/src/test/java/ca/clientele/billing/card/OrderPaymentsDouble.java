package ca.clientele.billing.card;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.OrderPayments;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the order side's {@link OrderPayments} (built by another part of issue 11) in this package's tests
 * only: @Primary, so that it still wins once the real one is merged. Keeps the contract: another client's order is
 * a 404, a card payment is recorded once per payment intent and lowers what is due.
 */
@TestConfiguration(proxyBeanMethods = false)
class OrderPaymentsDouble {

    @Bean
    @Primary
    Orders testOrderPayments() {
        return new Orders();
    }

    record Recorded(UUID orderId, Money amount, String paymentIntentId, Instant at) {}

    record Refund(UUID orderId, Money amount, String paymentIntentId, String refundId) {}

    static final class Orders implements OrderPayments {

        private final Map<UUID, PayableOrder> orders = new ConcurrentHashMap<>();
        final List<Recorded> recorded = new CopyOnWriteArrayList<>();
        final List<Refund> refunds = new CopyOnWriteArrayList<>();

        PayableOrder add(UUID clientId, String due) {
            PayableOrder order = new PayableOrder(UUID.randomUUID(), 1514, clientId, Money.cad(due), true, null);
            orders.put(order.orderId(), order);
            return order;
        }

        PayableOrder addRefused(UUID clientId, String due, String refusal) {
            PayableOrder order = new PayableOrder(UUID.randomUUID(), 1515, clientId, Money.cad(due), false, refusal);
            orders.put(order.orderId(), order);
            return order;
        }

        List<Recorded> recordedFor(UUID orderId) {
            return recorded.stream().filter(r -> r.orderId().equals(orderId)).toList();
        }

        @Override
        public PayableOrder payable(UUID orderId, Caller caller) {
            PayableOrder order = orders.get(orderId);
            if (order == null) {
                throw new ResourceNotFoundException();
            }
            caller.requireOwnOrStaff(order.clientId());
            return order;
        }

        @Override
        public boolean exists(UUID orderId) {
            return orders.containsKey(orderId);
        }

        @Override
        public synchronized boolean cardRefundedAtStripe(
                UUID orderId, Money amount, String paymentIntentId, String refundId, Instant at) {
            if (refunds.stream().anyMatch(r -> r.refundId().equals(refundId))) {
                return false;
            }
            refunds.add(new Refund(orderId, amount, paymentIntentId, refundId));
            return true;
        }

        @Override
        public synchronized void cardPaymentSucceeded(UUID orderId, Money amount, String paymentIntentId, Instant at) {
            if (recorded.stream().anyMatch(r -> r.paymentIntentId().equals(paymentIntentId))) {
                return;
            }
            recorded.add(new Recorded(orderId, amount, paymentIntentId, at));
            PayableOrder order = orders.get(orderId);
            Money due = order.amountDue().minus(amount);
            boolean paid = !due.isPositive();
            orders.put(
                    orderId,
                    new PayableOrder(
                            orderId,
                            order.number(),
                            order.clientId(),
                            paid ? Money.ZERO : due,
                            !paid,
                            paid ? "card.not-payable" : null));
        }
    }
}
