package ca.clientele.adminportal.products;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A sale in store: up to {@link #ROWS} rows of a product and a quantity; empty rows are ignored. */
record SaleForm(List<@Valid Row> rows) {

    static final int ROWS = 5;

    SaleForm {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
        while (rows.size() < ROWS) {
            rows.add(new Row(null, null));
        }
    }

    static SaleForm blank() {
        return new SaleForm(null);
    }

    List<ProductClient.SaleBody.Item> items() {
        return rows.stream()
                .filter(row -> row.productId() != null && row.quantity() != null)
                .map(row -> new ProductClient.SaleBody.Item(row.productId(), row.quantity()))
                .toList();
    }

    record Row(UUID productId, @Min(1) @Max(99) Integer quantity) {}
}
