package ca.clientele.webportal.billingservice;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The billing-service's shop, read and used as the signed-in client: active products (named in the client's
 * language), the client's own cart (the service knows whose from the token) and its checkout.
 */
@HttpExchange("/api/orders")
public interface ShopClient {

    @GetExchange("/products")
    List<Product> products();

    @GetExchange("/products/{id}")
    Product product(@PathVariable UUID id);

    @GetExchange("/cart")
    Cart cart();

    @PutExchange("/cart/items/{productId}")
    Cart put(@PathVariable UUID productId, @RequestBody Quantity quantity);

    @DeleteExchange("/cart/items/{productId}")
    Cart remove(@PathVariable UUID productId);

    /** Places the order of the cart; the client then pays it on /orders/{orderId}/pay. */
    @PostExchange("/cart/checkout")
    Sale checkout();

    record Quantity(int quantity) {}
}
