package ca.clientele.billing.tax;

/** What an invoice will show for a subtotal. Amounts are strings ("40.24") so that no client parses them as floats. */
record TaxQuote(
        String subtotal, String gst, String qst, String total, String currency, String gstNumber, String qstNumber) {

    static TaxQuote of(TaxBreakdown taxes, TaxRegistration registration) {
        return new TaxQuote(
                taxes.subtotal().toString(),
                taxes.gst().toString(),
                taxes.qst().toString(),
                taxes.total().toString(),
                taxes.total().currency().getCurrencyCode(),
                registration.gstNumber(),
                registration.qstNumber());
    }
}
