package ca.clientele.adminportal.products;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A product as staff create and edit it: names and descriptions fr/en, price before taxes, taxable, active, and (on
 * creation only) the opening stock; afterwards the stock changes by adjustments.
 */
record ProductForm(
        @NotBlank @Size(max = 100) String nameFr,
        @NotBlank @Size(max = 100) String nameEn,
        @Size(max = 2000) String descriptionFr,
        @Size(max = 2000) String descriptionEn,
        @NotNull @DecimalMin("0.00") BigDecimal price,
        boolean taxable,
        @Min(0) @Max(1_000_000) Integer stock,
        boolean active,
        long version) {

    static ProductForm blank() {
        return new ProductForm(null, null, null, null, null, true, 0, true, 0);
    }

    static ProductForm of(ProductClient.Product product) {
        return new ProductForm(
                product.nameFr(),
                product.nameEn(),
                product.descriptionFr(),
                product.descriptionEn(),
                product.amount(),
                product.taxable(),
                product.stock(),
                product.active(),
                product.version());
    }

    ProductClient.ProductBody toBody(boolean creating) {
        return new ProductClient.ProductBody(
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                price,
                taxable,
                creating ? stock : null,
                active,
                creating ? null : version);
    }
}
