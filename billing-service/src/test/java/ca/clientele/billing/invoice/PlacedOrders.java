package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.OrderCredited;
import ca.clientele.billing.order.OrderKind;
import ca.clientele.billing.order.OrderPlaced;
import ca.clientele.billing.tax.QuebecTaxes;
import ca.clientele.billing.tax.TaxBreakdown;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** {@link OrderPlaced} and {@link OrderCredited} events as the order side publishes them (helper A's contract). */
final class PlacedOrders {

    static final String NAME = "Amélie Côté-Tremblay";
    static final List<String> ADDRESS = List.of("4521, rue Saint-Hubert, app. 3", "Montréal (Québec) H2J 2X1");
    private static final AtomicLong NUMBERS = new AtomicLong(1500);

    private PlacedOrders() {}

    /** One taxable nail trim at {@code price} (35.00 → 40.24 $ as in the seed). */
    static OrderPlaced nailTrim(UUID clientId, Instant placedAt, String price, String language) {
        Money unit = Money.cad(price);
        TaxBreakdown taxes = QuebecTaxes.on(unit);
        return new OrderPlaced(
                UUID.randomUUID(),
                NUMBERS.incrementAndGet(),
                OrderKind.APPOINTMENT,
                clientId,
                new OrderPlaced.BillTo(NAME, ADDRESS),
                language,
                List.of(new OrderPlaced.Line(
                        "Taille des griffes — Biscuit",
                        "Nail trim — Biscuit",
                        1,
                        unit,
                        BigDecimal.ZERO,
                        Money.ZERO,
                        unit,
                        true)),
                unit,
                Money.ZERO,
                unit,
                taxes.gst(),
                taxes.qst(),
                taxes.total(),
                placedAt);
    }

    /**
     * A shop order: a taxable toy (2 × 20.00 $ with 10 % off: 36.00 $) and a tax-exempt item (5.00 $): subtotal 45.00,
     * discount 4.00, taxable 36.00, GST 1.80, QST 3.59, total 46.39 $.
     */
    static OrderPlaced mixed(UUID clientId, Instant placedAt) {
        return new OrderPlaced(
                UUID.randomUUID(),
                NUMBERS.incrementAndGet(),
                OrderKind.SHOP,
                clientId,
                new OrderPlaced.BillTo(NAME, ADDRESS),
                "fr",
                List.of(
                        new OrderPlaced.Line(
                                "Jouet à mâcher",
                                "Chew toy",
                                2,
                                Money.cad("20.00"),
                                new BigDecimal("10"),
                                Money.cad("4.00"),
                                Money.cad("36.00"),
                                true),
                        new OrderPlaced.Line(
                                "Carte-cadeau",
                                "Gift card",
                                1,
                                Money.cad("5.00"),
                                BigDecimal.ZERO,
                                Money.ZERO,
                                Money.cad("5.00"),
                                false)),
                Money.cad("45.00"),
                Money.cad("4.00"),
                Money.cad("36.00"),
                Money.cad("1.80"),
                Money.cad("3.59"),
                Money.cad("46.39"),
                placedAt);
    }

    static OrderCredited credited(OrderPlaced order, String amount, String settlement, Instant at) {
        return new OrderCredited(
                order.orderId(),
                order.orderNumber(),
                order.clientId(),
                Money.cad(amount),
                settlement,
                "Annulé par Amélie",
                at);
    }
}
