package ca.clientele.webportal.billingservice;

import java.math.BigDecimal;
import java.util.UUID;

/** A product of the shop as the client sees it; {@code price} before taxes ("24.99"). */
public record Product(
        UUID id, String name, String description, String price, boolean taxable, int stock, boolean hasPicture) {

    public BigDecimal amount() {
        return new BigDecimal(price);
    }

    /** Through the gateway from the billing-service; null without a picture. */
    public String pictureUrl() {
        return hasPicture ? "/api/orders/products/" + id + "/picture" : null;
    }

    public boolean inStock() {
        return stock > 0;
    }
}
