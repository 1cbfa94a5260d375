package ca.clientele.adminportal.products;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Units received (positive) or written off (negative). */
record StockForm(@NotNull @Min(-1_000_000) @Max(1_000_000) Integer change) {

    static StockForm blank() {
        return new StockForm(null);
    }
}
