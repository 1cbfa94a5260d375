package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.tax.QuebecTaxes;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a credit note takes back: {@code subtotal + gst + qst = total}, {@code total} being exactly the amount the
 * order side credited (ADR 0021).
 */
record CreditAmounts(Money subtotal, Money gst, Money qst, Money total) {

    private static final BigDecimal GROSS_RATE =
            BigDecimal.ONE.add(QuebecTaxes.GST_RATE).add(QuebecTaxes.QST_RATE);

    CreditAmounts {
        if (!subtotal.plus(gst).plus(qst).equals(total)) {
            throw new IllegalArgumentException("A credit note's parts add up to its total");
        }
    }

    /** What an invoice still has to credit: its amounts minus those of the credit notes already issued on it. */
    record Creditable(Money total, Money taxableGross, Money gst, Money qst) {}

    /**
     * Splits {@code amount} (taxes included) into its pre-tax part and its taxes.
     *
     * <ul>
     *   <li>The whole remainder of an invoice takes back exactly the taxes it still holds, so an invoice credited in
     *       one or several notes ends at zero on every line of the tax return.
     *   <li>Otherwise the taxable share of the amount (in the invoice's proportion of taxable to total) is split into
     *       the largest pre-tax amount P whose P + GST(P) + QST(P), each tax rounded half-up, does not exceed it; the
     *       taxes are those of P and the pre-tax part is what is left, so the parts always add up to the amount (when
     *       no P reaches the amount exactly, e.g. 4.43 $, the pre-tax part carries the cent).
     *   <li>The taxes never exceed what the invoice still holds of each.
     * </ul>
     *
     * @param remaining what the invoice can still credit
     * @param invoiceTotal the invoice's total (for the taxable proportion)
     * @throws CreditExceedsInvoiceException when {@code amount} is more than {@code remaining.total()}
     */
    static CreditAmounts split(Money amount, Creditable remaining, Money invoiceTotal) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A credit note credits a positive amount");
        }
        if (amount.greaterThan(remaining.total())) {
            throw new CreditExceedsInvoiceException(amount, remaining.total());
        }
        if (amount.equals(remaining.total())) {
            return new CreditAmounts(
                    amount.minus(remaining.gst()).minus(remaining.qst()), remaining.gst(), remaining.qst(), amount);
        }
        if (remaining.gst().plus(remaining.qst()).isZero()
                || !remaining.taxableGross().isPositive()) {
            return new CreditAmounts(amount, Money.ZERO, Money.ZERO, amount);
        }
        Money taxablePart = remaining.taxableGross().equals(invoiceTotal)
                ? amount
                : Money.cad(amount.amount()
                        .multiply(remaining.taxableGross().amount())
                        .divide(invoiceTotal.amount(), 2, RoundingMode.HALF_UP));
        if (taxablePart.greaterThan(amount)) {
            taxablePart = amount;
        }
        Money preTax = largestPreTaxWithin(taxablePart);
        Money gst = min(preTax.times(QuebecTaxes.GST_RATE), remaining.gst());
        Money qst = min(preTax.times(QuebecTaxes.QST_RATE), remaining.qst());
        return new CreditAmounts(amount.minus(gst).minus(qst), gst, qst, amount);
    }

    /** The largest P with P + GST(P) + QST(P) ≤ gross (P ≥ 0). */
    static Money largestPreTaxWithin(Money gross) {
        long guess = gross.amount()
                .divide(GROSS_RATE, 2, RoundingMode.HALF_UP)
                .movePointRight(2)
                .longValueExact();
        for (long cents = guess + 2; cents >= 0; cents--) {
            Money candidate = Money.ofCents(cents);
            if (!QuebecTaxes.on(candidate).total().greaterThan(gross)) {
                return candidate;
            }
        }
        return Money.ZERO;
    }

    private static Money min(Money a, Money b) {
        return a.greaterThan(b) ? b : a;
    }
}
