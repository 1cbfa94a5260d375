package ca.clientele.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.tax.QuebecTaxes;
import ca.clientele.billing.tax.TaxBreakdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditAmountsTest {

    /** A fully taxable invoice of 40.24 $ (35.00 + 1.75 + 3.49), nothing credited yet. */
    private static final CreditAmounts.Creditable SEED =
            new CreditAmounts.Creditable(Money.cad("40.24"), Money.cad("40.24"), Money.cad("1.75"), Money.cad("3.49"));

    @Test
    void aFullCreditTakesBackExactlyTheInvoicesTaxes() {
        CreditAmounts credit = CreditAmounts.split(Money.cad("40.24"), SEED, Money.cad("40.24"));

        assertThat(credit)
                .isEqualTo(new CreditAmounts(
                        Money.cad("35.00"), Money.cad("1.75"), Money.cad("3.49"), Money.cad("40.24")));
    }

    @ParameterizedTest(name = "{0} $ = {1} + {2} + {3}")
    @CsvSource({
        "5.75, 5.00, 0.25, 0.50", // the seed's 5.00 $ service
        "20.13, 17.50, 0.88, 1.75", // 17.50 $ of a 35.00 $ service
        "10.00, 8.70, 0.43, 0.87", // 8.69 $ gives 9.99 $: the pre-tax part carries the cent
        "0.01, 0.01, 0.00, 0.00"
    })
    void aPartialCreditIsSplitIntoThePreTaxAmountWhoseRoundedTaxesGiveIt(
            String amount, String subtotal, String gst, String qst) {
        CreditAmounts credit = CreditAmounts.split(Money.cad(amount), SEED, Money.cad("40.24"));

        assertThat(credit)
                .isEqualTo(new CreditAmounts(Money.cad(subtotal), Money.cad(gst), Money.cad(qst), Money.cad(amount)));
    }

    @Test
    void anAmountNoPreTaxAmountReachesKeepsTheTaxesOfTheLargestBelowAndThePartsStillAddUp() {
        // 3.85 $ gives 4.42 $ and 3.86 $ gives 4.44 $ (the seed's order #1264): 4.43 $ is reached by neither.
        CreditAmounts credit = CreditAmounts.split(Money.cad("4.43"), SEED, Money.cad("40.24"));

        assertThat(credit.gst()).isEqualTo(Money.cad("0.19"));
        assertThat(credit.qst()).isEqualTo(Money.cad("0.38"));
        assertThat(credit.subtotal()).isEqualTo(Money.cad("3.86"));
        assertThat(credit.total()).isEqualTo(Money.cad("4.43"));
    }

    @Test
    void everyAmountUpToTheInvoiceSplitsIntoPartsThatAddUpWithTaxesWithinOneCentOfTheRule() {
        for (long cents = 1; cents <= 4024; cents++) {
            Money amount = Money.ofCents(cents);
            CreditAmounts credit = CreditAmounts.split(amount, SEED, Money.cad("40.24"));
            assertThat(credit.subtotal().plus(credit.gst()).plus(credit.qst())).isEqualTo(amount);
            TaxBreakdown rule = QuebecTaxes.on(credit.subtotal());
            assertThat(credit.gst().minus(rule.gst()).amount().abs())
                    .isLessThanOrEqualTo(Money.cad("0.01").amount());
            assertThat(credit.qst().minus(rule.qst()).amount().abs())
                    .isLessThanOrEqualTo(Money.cad("0.01").amount());
        }
    }

    @Test
    void partialCreditsThenTheRestEndAtZeroTaxOnTheInvoice() {
        CreditAmounts first = CreditAmounts.split(Money.cad("10.00"), SEED, Money.cad("40.24"));
        CreditAmounts.Creditable rest = new CreditAmounts.Creditable(
                SEED.total().minus(first.total()),
                SEED.taxableGross(),
                SEED.gst().minus(first.gst()),
                SEED.qst().minus(first.qst()));

        CreditAmounts second = CreditAmounts.split(rest.total(), rest, Money.cad("40.24"));

        assertThat(first.gst().plus(second.gst())).isEqualTo(Money.cad("1.75"));
        assertThat(first.qst().plus(second.qst())).isEqualTo(Money.cad("3.49"));
        assertThat(first.subtotal().plus(second.subtotal())).isEqualTo(Money.cad("35.00"));
    }

    @Test
    void aCreditOnATaxExemptInvoiceCarriesNoTax() {
        CreditAmounts.Creditable exempt =
                new CreditAmounts.Creditable(Money.cad("5.00"), Money.ZERO, Money.ZERO, Money.ZERO);

        assertThat(CreditAmounts.split(Money.cad("2.00"), exempt, Money.cad("5.00")))
                .isEqualTo(new CreditAmounts(Money.cad("2.00"), Money.ZERO, Money.ZERO, Money.cad("2.00")));
    }

    @Test
    void onAMixedInvoiceOnlyTheTaxableShareOfTheAmountIsTaxed() {
        // 46.39 $: 41.39 $ taxable gross (36.00 + 1.80 + 3.59) and a 5.00 $ exempt line; half of it credited.
        CreditAmounts.Creditable mixed = new CreditAmounts.Creditable(
                Money.cad("46.39"), Money.cad("41.39"), Money.cad("1.80"), Money.cad("3.59"));

        CreditAmounts credit = CreditAmounts.split(Money.cad("23.20"), mixed, Money.cad("46.39"));

        // 23.20 × 41.39 / 46.39 = 20.70 taxable gross → 18.00 + 0.90 + 1.80; 2.50 exempt.
        assertThat(credit)
                .isEqualTo(new CreditAmounts(
                        Money.cad("20.50"), Money.cad("0.90"), Money.cad("1.80"), Money.cad("23.20")));
    }

    @Test
    void neverMoreThanWhatIsLeftToCreditNorNothing() {
        assertThatThrownBy(() -> CreditAmounts.split(Money.cad("40.25"), SEED, Money.cad("40.24")))
                .isInstanceOf(CreditExceedsInvoiceException.class);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CreditAmounts.split(Money.ZERO, SEED, Money.cad("40.24")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CreditAmounts(Money.cad("1.00"), Money.ZERO, Money.ZERO, Money.cad("1.01")));
    }
}
