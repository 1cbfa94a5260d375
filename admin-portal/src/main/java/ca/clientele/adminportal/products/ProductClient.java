package ca.clientele.adminportal.products;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The billing-service's shop as staff keep it: products, their stock, and sales recorded in store. */
@HttpExchange("/api/orders")
public interface ProductClient {

    @GetExchange("/products")
    List<Product> products(@RequestParam boolean includeInactive);

    @GetExchange("/products/{id}")
    Product product(@PathVariable UUID id);

    @PostExchange("/products")
    Product create(@RequestBody ProductBody body);

    @PutExchange("/products/{id}")
    Product update(@PathVariable UUID id, @RequestBody ProductBody body);

    @PostExchange("/products/{id}/stock-adjustments")
    Product adjustStock(@PathVariable UUID id, @RequestBody StockBody body);

    @PostExchange("/in-store-sales")
    Sale sell(@RequestBody SaleBody body);

    record ProductBody(
            String nameFr,
            String nameEn,
            String descriptionFr,
            String descriptionEn,
            BigDecimal price,
            boolean taxable,
            Integer stock,
            boolean active,
            Long version) {}

    record StockBody(int change) {}

    record SaleBody(UUID clientId, List<Item> items) {

        record Item(UUID productId, int quantity) {}
    }

    record Product(
            UUID id,
            String name,
            String nameFr,
            String nameEn,
            String descriptionFr,
            String descriptionEn,
            String price,
            boolean taxable,
            int stock,
            boolean active,
            boolean hasPicture,
            long version) {

        public BigDecimal amount() {
            return new BigDecimal(price);
        }
    }

    record Sale(UUID orderId, long number, String total) {

        public BigDecimal amount() {
            return new BigDecimal(total);
        }
    }
}
