package ca.clientele.billing.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of Canadian dollars, exact to the cent. Amounts finer than a cent are refused rather
 * than silently rounded: only a calculation ({@link #times}) decides how to round.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final Currency CAD = Currency.getInstance("CAD");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CAD.equals(currency)) {
            throw new IllegalArgumentException("Only CAD is billed");
        }
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finerThanACent) {
            throw new IllegalArgumentException("Money is exact to the cent", finerThanACent);
        }
    }

    public static final Money ZERO = new Money(BigDecimal.ZERO, CAD);

    public static Money cad(BigDecimal amount) {
        return new Money(amount, CAD);
    }

    public static Money cad(String amount) {
        return cad(new BigDecimal(amount));
    }

    public Money plus(Money other) {
        return cad(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return cad(amount.subtract(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean greaterThan(Money other) {
        return amount.compareTo(other.amount) > 0;
    }

    /** Whole cents, as Stripe counts them. */
    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public static Money ofCents(long cents) {
        return cad(BigDecimal.valueOf(cents, 2));
    }

    /** This amount times a rate, rounded half-up to the cent (how Revenu Québec rounds each tax). */
    public Money times(BigDecimal rate) {
        return cad(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }

    /** The plain amount, "40.24": how the API writes money (a string, so no client turns it into a float). */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
