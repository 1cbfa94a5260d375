package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {

    private final CancellationPolicy policy =
            new CancellationPolicy(Duration.ofHours(48), Duration.ofHours(24), new BigDecimal("50"), null, false);

    @Test
    void theClientsNoticeDecidesAtTheEdges() {
        assertThat(policy.outcome("CLIENT", Duration.ofHours(48))).isEqualTo(CancellationPolicy.Outcome.FULL_REFUND);
        assertThat(policy.outcome("CLIENT", Duration.ofHours(48).minusMinutes(1)))
                .isEqualTo(CancellationPolicy.Outcome.CREDIT);
        assertThat(policy.outcome("CLIENT", Duration.ofHours(24))).isEqualTo(CancellationPolicy.Outcome.CREDIT);
        assertThat(policy.outcome("CLIENT", Duration.ofHours(24).minusMinutes(1)))
                .isEqualTo(CancellationPolicy.Outcome.LATE_FEE);
        assertThat(policy.outcome("CLIENT", Duration.ofMinutes(-30))).isEqualTo(CancellationPolicy.Outcome.LATE_FEE);
    }

    @Test
    void staffAndSystemCancellationsRefundInFullUnlessConfiguredOtherwise() {
        assertThat(policy.outcome("STAFF", Duration.ZERO)).isEqualTo(CancellationPolicy.Outcome.FULL_REFUND);
        assertThat(policy.outcome("SYSTEM", Duration.ZERO)).isEqualTo(CancellationPolicy.Outcome.FULL_REFUND);
        CancellationPolicy strict =
                new CancellationPolicy(Duration.ofHours(48), Duration.ofHours(24), new BigDecimal("50"), null, true);
        assertThat(strict.outcome("STAFF", Duration.ZERO)).isEqualTo(CancellationPolicy.Outcome.LATE_FEE);
    }

    @Test
    void theLateFeeIsAPercentOrAFixedAmountNeverMoreThanPaid() {
        assertThat(policy.lateFee(Money.cad("40.24"), Money.cad("40.24")).toString())
                .isEqualTo("20.12");
        assertThat(policy.lateFee(Money.cad("5.75"), Money.cad("5.75")).toString())
                .isEqualTo("2.88");
        CancellationPolicy fixed = new CancellationPolicy(
                Duration.ofHours(48), Duration.ofHours(24), new BigDecimal("50"), new BigDecimal("15.00"), false);
        assertThat(fixed.lateFee(Money.cad("40.24"), Money.cad("40.24")).toString())
                .isEqualTo("15.00");
        assertThat(fixed.lateFee(Money.cad("40.24"), Money.cad("10.00")).toString())
                .isEqualTo("10.00");
    }
}
