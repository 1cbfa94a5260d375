package ca.clientele.webportal.shop;

import ca.clientele.webportal.billingservice.ShopClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many units of a product the client wants in the cart. */
record QuantityForm(@NotNull @Min(1) @Max(99) Integer quantity) {

    static QuantityForm one() {
        return new QuantityForm(1);
    }

    ShopClient.Quantity toRequest() {
        return new ShopClient.Quantity(quantity);
    }
}
