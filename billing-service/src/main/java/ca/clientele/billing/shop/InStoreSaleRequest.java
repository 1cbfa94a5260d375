package ca.clientele.billing.shop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A sale staff record in store for a client: the products and how many of each. */
record InStoreSaleRequest(
        @NotNull UUID clientId, @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items) {

    record Item(
            @NotNull UUID productId,
            @NotNull @Min(1) @Max(99) Integer quantity) {}
}
