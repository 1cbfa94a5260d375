package ca.clientele.billing.shop;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.tax.QuebecTaxes;
import ca.clientele.billing.tax.TaxBreakdown;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each client's cart, kept in billing's database between visits. */
@Service
class Cart {

    private final JdbcClient jdbc;
    private final Clock clock;

    Cart(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CartView of(UUID clientId, Locale locale) {
        boolean english = Products.english(locale);
        List<CartView.Line> lines = jdbc.sql("""
                        select p.id, p.name_fr, p.name_en, p.price, p.taxable, p.stock, p.active,
                               p.picture_type is not null as has_picture, c.quantity
                        from cart_item c join product p on p.id = c.product_id
                        where c.client_id = :client order by c.added_at, p.id
                        """)
                .param("client", clientId)
                .query((rs, row) -> {
                    Money unit = Money.cad(rs.getBigDecimal("price"));
                    int quantity = rs.getInt("quantity");
                    int stock = rs.getInt("stock");
                    return new CartView.Line(
                            rs.getObject("id", UUID.class),
                            rs.getString(english ? "name_en" : "name_fr"),
                            unit.toString(),
                            quantity,
                            unit.times(BigDecimal.valueOf(quantity)).toString(),
                            rs.getBoolean("taxable"),
                            rs.getBoolean("has_picture"),
                            stock,
                            rs.getBoolean("active") && stock >= quantity);
                })
                .list();
        Money subtotal = Money.ZERO;
        Money taxable = Money.ZERO;
        int items = 0;
        for (CartView.Line line : lines) {
            Money amount = Money.cad(line.amount());
            subtotal = subtotal.plus(amount);
            if (line.taxable()) {
                taxable = taxable.plus(amount);
            }
            items += line.quantity();
        }
        TaxBreakdown taxes = QuebecTaxes.on(taxable);
        return new CartView(
                lines,
                items,
                subtotal.toString(),
                taxes.gst().toString(),
                taxes.qst().toString(),
                subtotal.plus(taxes.gst()).plus(taxes.qst()).toString());
    }

    /**
     * Puts {@code quantity} units of an active product in the cart (0 takes it out). More than the stock holds is
     * refused now, though only the checkout's guarded update decides who gets the last units.
     */
    @Transactional
    CartView put(UUID clientId, UUID productId, int quantity, Locale locale) {
        ProductRow product = jdbc.sql("select name_fr, name_en, stock from product where id = :id and active")
                .param("id", productId)
                .query((rs, row) -> new ProductRow(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .optional()
                .orElseThrow(ResourceNotFoundException::new);
        if (quantity == 0) {
            return remove(clientId, productId, locale);
        }
        if (quantity > product.stock()) {
            throw new DomainRuleException(
                    "shop.stock.insufficient", product.name(Products.english(locale)), product.stock());
        }
        jdbc.sql("""
                        insert into cart_item (client_id, product_id, quantity, added_at)
                        values (:client, :product, :quantity, :now)
                        on conflict (client_id, product_id) do update set quantity = excluded.quantity
                        """)
                .param("client", clientId)
                .param("product", productId)
                .param("quantity", quantity)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        return of(clientId, locale);
    }

    @Transactional
    CartView remove(UUID clientId, UUID productId, Locale locale) {
        jdbc.sql("delete from cart_item where client_id = :client and product_id = :product")
                .param("client", clientId)
                .param("product", productId)
                .update();
        return of(clientId, locale);
    }

    private record ProductRow(String nameFr, String nameEn, int stock) {
        String name(boolean english) {
            return english ? nameEn : nameFr;
        }
    }
}
