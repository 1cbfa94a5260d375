package ca.clientele.billing.card;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.CardRefunds;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;
import org.springframework.stereotype.Component;

/** Refunds to the card through Stripe; the caller's idempotency key makes a retried refund a no-op at Stripe. */
@Component
class StripeCardRefunds implements CardRefunds {

    private final StripeGateway stripe;

    StripeCardRefunds(StripeGateway stripe) {
        this.stripe = stripe;
    }

    @Override
    public boolean available() {
        return stripe.available();
    }

    @Override
    public String refund(String paymentIntentId, Money amount, String idempotencyKey) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A refund is a positive amount");
        }
        Refund refund = stripe.call(
                idempotencyKey,
                (client, options) -> client.v1()
                        .refunds()
                        .create(
                                RefundCreateParams.builder()
                                        .setPaymentIntent(paymentIntentId)
                                        .setAmount(amount.cents())
                                        .putMetadata(StripeWebhooks.ORIGIN_KEY, StripeWebhooks.ORIGIN)
                                        .build(),
                                options));
        return refund.getId();
    }
}
