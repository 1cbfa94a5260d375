package ca.clientele.billing.shop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Units received (positive) or written off (negative); the stock may not go below zero. */
record StockAdjustment(
        @NotNull @Min(-1_000_000) @Max(1_000_000) Integer change) {}
