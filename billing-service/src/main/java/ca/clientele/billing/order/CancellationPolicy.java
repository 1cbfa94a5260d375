package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What happens to a PAID appointment order when the appointment is cancelled (ADR 0020), by the notice the client
 * gave: at least {@code refundNotice} → everything refunded (to the card it was paid with when possible, else to the
 * credit balance); at least {@code creditNotice} → everything credited to the balance; less → a late-cancellation fee
 * is kept ({@code lateFeeAmount} when set, else {@code lateFeePercent} of the total, never more than was paid) and
 * the rest credited. Cancellations by staff and by the system (a ban) refund in full unless
 * {@code staffCancellationsByNotice} is set.
 */
@ConfigurationProperties("clientele.billing.cancellation")
record CancellationPolicy(
        @DefaultValue("PT48H") Duration refundNotice,
        @DefaultValue("PT24H") Duration creditNotice,
        @DefaultValue("50") BigDecimal lateFeePercent,
        BigDecimal lateFeeAmount,
        @DefaultValue("false") boolean staffCancellationsByNotice) {

    enum Outcome {
        FULL_REFUND,
        CREDIT,
        LATE_FEE
    }

    Outcome outcome(String byRole, Duration notice) {
        if (!"CLIENT".equals(byRole) && !staffCancellationsByNotice) {
            return Outcome.FULL_REFUND;
        }
        if (notice.compareTo(refundNotice) >= 0) {
            return Outcome.FULL_REFUND;
        }
        if (notice.compareTo(creditNotice) >= 0) {
            return Outcome.CREDIT;
        }
        return Outcome.LATE_FEE;
    }

    /** The fee kept on a late cancellation: at most what was paid. */
    Money lateFee(Money total, Money paid) {
        Money fee = lateFeeAmount != null
                ? Money.cad(lateFeeAmount)
                : total.times(lateFeePercent.divide(new BigDecimal("100"), 6, RoundingMode.UNNECESSARY));
        return fee.greaterThan(paid) ? paid : fee;
    }
}
