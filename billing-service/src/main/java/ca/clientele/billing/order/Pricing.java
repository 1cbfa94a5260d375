package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.tax.QuebecTaxes;
import ca.clientele.billing.tax.TaxBreakdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An order's arithmetic. Each line's discount is its percent of the line's gross, rounded half-up to the cent; GST
 * and QST are computed once, on the sum of the taxable lines' net amounts, each rounded half-up (QuebecTaxes); the
 * total is the net of all lines plus both taxes.
 */
record Pricing(
        List<PricedLine> lines,
        Money subtotal,
        Money discount,
        Money taxableSubtotal,
        Money gst,
        Money qst,
        Money total) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static Pricing of(List<OrderLine> lines, BigDecimal discountPercent) {
        BigDecimal percent = discountPercent == null
                ? BigDecimal.ZERO.setScale(2)
                : discountPercent.setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = percent.divide(HUNDRED, 4, RoundingMode.UNNECESSARY);
        List<PricedLine> priced = lines.stream()
                .map(line -> {
                    Money gross = line.unitPrice().times(BigDecimal.valueOf(line.quantity()));
                    Money discount = gross.times(rate);
                    return new PricedLine(gross, percent, discount, gross.minus(discount), line.taxable());
                })
                .toList();
        Money subtotal = priced.stream().map(PricedLine::gross).reduce(Money.ZERO, Money::plus);
        Money discount = priced.stream().map(PricedLine::discount).reduce(Money.ZERO, Money::plus);
        Money taxable = priced.stream()
                .filter(PricedLine::taxable)
                .map(PricedLine::amount)
                .reduce(Money.ZERO, Money::plus);
        Money untaxed = priced.stream()
                .filter(line -> !line.taxable())
                .map(PricedLine::amount)
                .reduce(Money.ZERO, Money::plus);
        TaxBreakdown taxes = QuebecTaxes.on(taxable);
        return new Pricing(
                priced,
                subtotal,
                discount,
                taxable,
                taxes.gst(),
                taxes.qst(),
                taxes.total().plus(untaxed));
    }
}
