package ca.clientele.billing.tax;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuebecTaxesTest {

    /**
     * Totals from the client portal guide's order history. The subtotals are not printed there;
     * each one below is the only subtotal that yields the printed total with per-tax rounding.
     */
    @ParameterizedTest(name = "{0} $ + {1} $ GST + {2} $ QST = {3} $")
    @CsvSource({
        "35.00, 1.75, 3.49, 40.24", // orders #1514, #1304, #1206
        "5.00, 0.25, 0.50, 5.75", // orders #1274, #1272, #1270, #1268
        "41.10, 2.06, 4.10, 47.26", // order #1287
        "95.00, 4.75, 9.48, 109.23" // order #1250
    })
    void theSeedsTotalsComeOutOfPerTaxRounding(String subtotal, String gst, String qst, String total) {
        TaxBreakdown taxes = QuebecTaxes.on(Money.cad(subtotal));

        assertThat(taxes.subtotal()).isEqualTo(Money.cad(subtotal));
        assertThat(taxes.gst()).isEqualTo(Money.cad(gst));
        assertThat(taxes.qst()).isEqualTo(Money.cad(qst));
        assertThat(taxes.total()).isEqualTo(Money.cad(total));
    }

    /**
     * Order #1264's 4.43 $ is the one seed total no subtotal reaches when each tax is rounded on its
     * own (3.85 $ gives 4.42 $, 3.86 $ gives 4.44 $): it was rounded once on the combined 14.975 %
     * (3.85 × 1.14975 = 4.4265). The brief rules per-tax rounding, as Revenu Québec's invoices show
     * each tax separately; this test pins that choice.
     */
    @Test
    void order1264sTotalIsNotReachableWithPerTaxRounding() {
        assertThat(QuebecTaxes.on(Money.cad("3.85")).total()).isEqualTo(Money.cad("4.42"));
        assertThat(QuebecTaxes.on(Money.cad("3.86")).total()).isEqualTo(Money.cad("4.44"));
        assertThat(IntStream.rangeClosed(300, 500)
                        .mapToObj(cents -> QuebecTaxes.on(Money.cad(BigDecimal.valueOf(cents, 2)))
                                .total())
                        .toList())
                .doesNotContain(Money.cad("4.43"));
    }

    @Test
    void bothTaxesApplyToTheSubtotalNotToEachOther() {
        // Taxing the GST-inclusive 36.75 $ would give 3.67 $ of QST.
        assertThat(QuebecTaxes.on(Money.cad("35.00")).qst()).isEqualTo(Money.cad("3.49"));
        assertThat(QuebecTaxes.GST_RATE).isEqualByComparingTo("0.05");
        assertThat(QuebecTaxes.QST_RATE).isEqualByComparingTo("0.09975");
    }

    @Test
    void aCentIsTaxedToNothing() {
        TaxBreakdown taxes = QuebecTaxes.on(Money.cad("0.01"));
        assertThat(taxes.gst()).isEqualTo(Money.cad("0.00"));
        assertThat(taxes.qst()).isEqualTo(Money.cad("0.00"));
        assertThat(taxes.total()).isEqualTo(Money.cad("0.01"));
    }
}
