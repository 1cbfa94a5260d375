package ca.clientele.billing.shop;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.NewOrder;
import ca.clientele.billing.order.OrderLine;
import ca.clientele.billing.order.OrderPlacement;
import ca.clientele.billing.order.PlacedOrder;
import ca.clientele.billing.tax.QuebecTaxes;
import ca.clientele.platform.web.DomainRuleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the order package's {@link OrderPlacement} (helper A's implementation, not merged yet): records what
 * the shop places, numbers orders from 1500, totals them with Quebec taxes, and refuses a client marked as blocked
 * buying themselves, as the real one does for a suspended or banned client. Imported only by the shop's tests.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestOrderPlacement {

    static final List<NewOrder> PLACED = new CopyOnWriteArrayList<>();
    static final Set<UUID> BLOCKED = ConcurrentHashMap.newKeySet();
    private static final AtomicLong NUMBERS = new AtomicLong(1500);

    @Bean
    @Primary
    OrderPlacement testOrderPlacement() {
        return order -> {
            if (order.placedByClient() && BLOCKED.contains(order.clientId())) {
                throw new DomainRuleException("shop.client.may-not-buy");
            }
            Money subtotal = Money.ZERO;
            Money taxable = Money.ZERO;
            for (OrderLine line : order.lines()) {
                Money amount = line.unitPrice().times(BigDecimal.valueOf(line.quantity()));
                subtotal = subtotal.plus(amount);
                taxable = line.taxable() ? taxable.plus(amount) : taxable;
            }
            var taxes = QuebecTaxes.on(taxable);
            PLACED.add(order);
            return new PlacedOrder(
                    UUID.randomUUID(),
                    NUMBERS.getAndIncrement(),
                    subtotal.plus(taxes.gst()).plus(taxes.qst()));
        };
    }
}
