package ca.clientele.billing.shop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many units of a product the cart holds (0 takes it out). */
record CartQuantity(@NotNull @Min(0) @Max(99) Integer quantity) {}
