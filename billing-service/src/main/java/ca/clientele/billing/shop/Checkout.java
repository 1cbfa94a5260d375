package ca.clientele.billing.shop;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.NewOrder;
import ca.clientele.billing.order.OrderKind;
import ca.clientele.billing.order.OrderLine;
import ca.clientele.billing.order.OrderPlacement;
import ca.clientele.billing.order.PlacedOrder;
import ca.clientele.platform.web.DomainRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a cart (the client, online: kind SHOP) or a sale staff record in store (kind IN_STORE) into an order, in one
 * transaction: each product's stock is taken by a guarded update (never below zero, whoever checks out at the same
 * time), then the order is placed through {@link OrderPlacement} (which refuses a suspended or banned client buying
 * themselves), then the cart is emptied. Any refusal rolls all of it back.
 */
@Service
class Checkout {

    private final JdbcClient jdbc;
    private final Stock stock;
    private final ObjectProvider<OrderPlacement> placement;

    Checkout(JdbcClient jdbc, Stock stock, ObjectProvider<OrderPlacement> placement) {
        this.jdbc = jdbc;
        this.stock = stock;
        this.placement = placement;
    }

    /** The client's own cart, bought by the client. */
    @Transactional
    SaleView checkOut(UUID clientId, Locale locale) {
        // Locks the cart's rows: a second checkout of the same cart (a double click) waits, then finds it empty.
        Map<UUID, Integer> quantities = new TreeMap<>();
        jdbc.sql("select product_id, quantity from cart_item where client_id = :client for update")
                .param("client", clientId)
                .query((rs, row) -> quantities.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        if (quantities.isEmpty()) {
            throw new DomainRuleException("shop.cart.empty");
        }
        SaleView sale = place(clientId, OrderKind.SHOP, quantities, clientId, true, locale);
        jdbc.sql("delete from cart_item where client_id = :client")
                .param("client", clientId)
                .update();
        return sale;
    }

    /** A sale staff record for a client in store; the client's standing does not stop it. */
    @Transactional
    SaleView sellInStore(InStoreSaleRequest request, UUID staffId, Locale locale) {
        Map<UUID, Integer> quantities = new TreeMap<>();
        request.items().forEach(item -> quantities.merge(item.productId(), item.quantity(), Integer::sum));
        return place(request.clientId(), OrderKind.IN_STORE, quantities, staffId, false, locale);
    }

    /** Products are taken in id order, so that two checkouts of the same products never wait on each other in a cycle. */
    private SaleView place(
            UUID clientId,
            OrderKind kind,
            Map<UUID, Integer> quantities,
            UUID placedBy,
            boolean placedByClient,
            Locale locale) {
        boolean english = Products.english(locale);
        List<OrderLine> lines = new ArrayList<>();
        for (Map.Entry<UUID, Integer> entry : quantities.entrySet()) {
            UUID productId = entry.getKey();
            int quantity = entry.getValue();
            ProductRow product = jdbc.sql("select name_fr, name_en, price, taxable, active from product where id = :id")
                    .param("id", productId)
                    .query((rs, row) -> new ProductRow(
                            rs.getString(1),
                            rs.getString(2),
                            Money.cad(rs.getBigDecimal(3)),
                            rs.getBoolean(4),
                            rs.getBoolean(5)))
                    .optional()
                    .orElseThrow(() -> new DomainRuleException("shop.product.unknown"));
            String name = english ? product.nameEn() : product.nameFr();
            if (!product.active()) {
                throw new DomainRuleException("shop.product.unavailable", name);
            }
            if (!stock.take(productId, quantity)) {
                int left = jdbc.sql("select stock from product where id = :id")
                        .param("id", productId)
                        .query(Integer.class)
                        .single();
                throw new DomainRuleException("shop.stock.insufficient", name, left);
            }
            lines.add(new OrderLine(
                    product.nameFr(),
                    product.nameEn(),
                    null,
                    productId,
                    null,
                    quantity,
                    product.price(),
                    product.taxable()));
        }
        OrderPlacement orders = placement.getIfAvailable();
        if (orders == null) {
            throw new IllegalStateException("No OrderPlacement in this service");
        }
        PlacedOrder order = orders.place(new NewOrder(clientId, kind, null, lines, placedBy, placedByClient));
        return new SaleView(order.orderId(), order.number(), order.total().toString());
    }

    private record ProductRow(String nameFr, String nameEn, Money price, boolean taxable, boolean active) {}
}
