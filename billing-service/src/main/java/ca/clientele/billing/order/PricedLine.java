package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import java.math.BigDecimal;

/** A line's price: gross (quantity × unit price), the discount (percent of gross, half-up) and the net amount. */
record PricedLine(Money gross, BigDecimal discountPercent, Money discount, Money amount, boolean taxable) {}
