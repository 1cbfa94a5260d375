package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.CardRefunds;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * What the order tests see of their neighbours: the in-process events invoicing would receive, and a card-refund port
 * standing in for the Stripe adapter (part C), unavailable unless a test turns it on. {@code @Primary} so that it
 * still wins once the real adapter is in the context.
 */
@TestConfiguration(proxyBeanMethods = false)
class OrderTestConfiguration {

    @Bean
    InProcessEvents inProcessEvents() {
        return new InProcessEvents();
    }

    @Bean
    @Primary
    FakeCardRefunds fakeCardRefunds() {
        return new FakeCardRefunds();
    }

    static class InProcessEvents {

        final List<OrderPlaced> placed = new CopyOnWriteArrayList<>();
        final List<OrderCredited> credited = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OrderPlaced event) {
            placed.add(event);
        }

        @EventListener
        void on(OrderCredited event) {
            credited.add(event);
        }

        List<OrderCredited> creditedOn(java.util.UUID orderId) {
            return credited.stream().filter(c -> c.orderId().equals(orderId)).toList();
        }
    }

    static class FakeCardRefunds implements CardRefunds {

        final AtomicBoolean available = new AtomicBoolean();
        final List<String> refunds = new CopyOnWriteArrayList<>();

        @Override
        public boolean available() {
            return available.get();
        }

        @Override
        public String refund(String paymentIntentId, Money amount, String idempotencyKey) {
            refunds.add(paymentIntentId + " " + amount);
            return "re_" + refunds.size();
        }
    }
}
