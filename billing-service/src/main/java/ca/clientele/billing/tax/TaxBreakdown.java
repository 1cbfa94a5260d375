package ca.clientele.billing.tax;

import ca.clientele.billing.money.Money;

/** The taxes on a taxable subtotal, as an invoice prints them. */
public record TaxBreakdown(Money subtotal, Money gst, Money qst, Money total) {}
