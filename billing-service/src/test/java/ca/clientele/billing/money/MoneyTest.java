package ca.clientele.billing.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreKeptToTheCent() {
        assertThat(Money.cad("35").toString()).isEqualTo("35.00");
        assertThat(Money.cad("5.5").amount()).isEqualByComparingTo("5.50").hasScaleOf(2);
        assertThat(Money.cad("35.00")).isEqualTo(Money.cad("35"));
        assertThat(Money.cad("1.100")).isEqualTo(Money.cad("1.1"));
    }

    @Test
    void fractionsOfACentAreRefusedNotRounded() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.cad("0.005"));
    }

    @Test
    void onlyCanadianDollarsAreBilled() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Money(BigDecimal.ONE, Currency.getInstance("USD")));
    }

    @Test
    void aRateIsAppliedHalfUpToTheCent() {
        assertThat(Money.cad("35.00").times(new BigDecimal("0.09975"))).isEqualTo(Money.cad("3.49"));
        assertThat(Money.cad("0.10").times(new BigDecimal("0.05"))).isEqualTo(Money.cad("0.01")); // 0.005 up
        assertThat(Money.cad("0.09").times(new BigDecimal("0.05"))).isEqualTo(Money.cad("0.00")); // 0.0045 down
        assertThat(Money.cad("-35.00").times(new BigDecimal("0.05"))).isEqualTo(Money.cad("-1.75"));
    }

    @Test
    void amountsAdd() {
        assertThat(Money.cad("35.00").plus(Money.cad("1.75")).plus(Money.cad("3.49")))
                .isEqualTo(Money.cad("40.24"));
    }
}
