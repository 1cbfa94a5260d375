package ca.clientele.registry.client;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A percentage off the client's orders (applied by billing), until an optional last day. A
 * discount of 0 % is no discount: the record then has none.
 */
public record Discount(BigDecimal percent, LocalDate endsOn) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Discount {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a discount is more than 0 and at most 100 %");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("at most two decimals");
        }
        percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Null for "no discount" (no percent, or 0 %). */
    static Discount of(BigDecimal percent, LocalDate endsOn) {
        return percent == null || percent.signum() == 0 ? null : new Discount(percent, endsOn);
    }
}
