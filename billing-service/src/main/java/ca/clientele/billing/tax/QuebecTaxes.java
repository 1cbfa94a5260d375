package ca.clientele.billing.tax;

import ca.clientele.billing.money.Money;
import java.math.BigDecimal;

/**
 * Quebec's two sales taxes on a taxable supply: the federal GST (TPS) at 5 % and the provincial QST
 * (TVQ) at 9.975 %. Since 2013 the QST is computed on the price WITHOUT the GST, so both taxes
 * apply to the same subtotal, each rounded half-up to the cent on its own. Rounding each tax, not
 * their sum, is what makes 35.00 $ cost 40.24 $ (1.75 + 3.49), as on the seed's invoices.
 */
public final class QuebecTaxes {

    static final BigDecimal GST_RATE = new BigDecimal("0.05");
    static final BigDecimal QST_RATE = new BigDecimal("0.09975");

    private QuebecTaxes() {}

    public static TaxBreakdown on(Money taxableSubtotal) {
        Money gst = taxableSubtotal.times(GST_RATE);
        Money qst = taxableSubtotal.times(QST_RATE);
        return new TaxBreakdown(
                taxableSubtotal, gst, qst, taxableSubtotal.plus(gst).plus(qst));
    }
}
