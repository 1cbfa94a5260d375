package ca.clientele.billing.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client as billing knows them. {@code name} and {@code addressLines} are empty until the registry sent them.
 *
 * @param discountEndsOn the last day the discount applies (inclusive), or null when it does not end
 * @param copied whether billing holds a fresh copy of the registry's contact (name, address, language): an invoice
 *     issued without it would print no name (ADR 0036)
 */
public record BillingCustomer(
        UUID clientId,
        ClientStanding standing,
        BigDecimal discountPercent,
        LocalDate discountEndsOn,
        String language,
        String name,
        List<String> addressLines,
        boolean copied) {

    public static BillingCustomer unknown(UUID clientId) {
        return new BillingCustomer(
                clientId, ClientStanding.ACTIVE, BigDecimal.ZERO, null, "fr", null, List.of(), false);
    }

    /** The discount that applies on {@code day}: 0 when none or when it ended. */
    public BigDecimal discountOn(LocalDate day) {
        if (discountPercent == null
                || discountPercent.signum() <= 0
                || (discountEndsOn != null && day.isAfter(discountEndsOn))) {
            return BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        }
        return discountPercent.setScale(2, RoundingMode.HALF_UP);
    }
}
