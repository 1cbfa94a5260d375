package ca.clientele.billing.shop;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only writer of a product's stock after its creation. Each change is one guarded UPDATE: it changes the row only
 * when the result stays at or above zero, so two checkouts racing for the last unit cannot both take it (the second
 * waits on the row lock, then finds the condition false). Runs in the caller's transaction.
 */
@Component
class Stock {

    private final JdbcClient jdbc;

    Stock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes {@code quantity} units of an active product; false when there are not that many (nothing changed). */
    boolean take(UUID productId, int quantity) {
        return jdbc.sql("update product set stock = stock - :quantity where id = :id and active and stock >= :quantity")
                        .param("quantity", quantity)
                        .param("id", productId)
                        .update()
                == 1;
    }

    /** Adds (or, negative, removes) units; false when that would leave fewer than zero (nothing changed). */
    boolean adjust(UUID productId, int change) {
        return jdbc.sql("update product set stock = stock + :change where id = :id and stock + :change >= 0")
                        .param("change", change)
                        .param("id", productId)
                        .update()
                == 1;
    }
}
