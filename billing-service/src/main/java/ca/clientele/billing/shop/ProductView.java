package ca.clientele.billing.shop;

import java.util.UUID;

/**
 * A product as screens show it: {@code name} and {@code description} in the caller's language, both languages for
 * staff forms; {@code price} before taxes as a string ("24.99"); {@code hasPicture} when
 * {@code GET /api/orders/products/{id}/picture} answers an image.
 */
record ProductView(
        UUID id,
        String name,
        String description,
        String nameFr,
        String nameEn,
        String descriptionFr,
        String descriptionEn,
        String price,
        boolean taxable,
        int stock,
        boolean active,
        boolean hasPicture,
        long version) {}
