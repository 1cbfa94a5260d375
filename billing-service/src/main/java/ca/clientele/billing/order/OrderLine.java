package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import java.util.UUID;

/**
 * One line of an order as it is placed: what is sold (bilingual, so that an invoice is printed in the client's
 * language), how many, at what unit price before taxes and discount, and whether GST and QST apply.
 *
 * @param serviceId the booked service, or null
 * @param productId the shop product, or null
 * @param petId the pet the line is for (PER_PET pricing), or null
 */
public record OrderLine(
        String descriptionFr,
        String descriptionEn,
        UUID serviceId,
        UUID productId,
        UUID petId,
        int quantity,
        Money unitPrice,
        boolean taxable) {}
