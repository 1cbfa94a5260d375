package ca.clientele.billing.payment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * {@code clientele_payments_total{outcome="succeeded"|"failed", method}} (docs/observability.md): succeeded when a
 * payment is recorded on an order (any method: card, cash, Interac, terminal, credit), failed when Stripe reports a
 * card payment attempt failed. One meter name with the same tags on both sides, as Prometheus requires.
 */
public final class PaymentMetrics {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    private PaymentMetrics() {}

    public static Counter payments(MeterRegistry meters, String outcome, String method) {
        return Counter.builder("clientele.payments")
                .description("Payments recorded on orders, and card payment attempts Stripe reported failed")
                .tag("outcome", outcome)
                .tag("method", method.toLowerCase(Locale.ROOT))
                .register(meters);
    }
}
