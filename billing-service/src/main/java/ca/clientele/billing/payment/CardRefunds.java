package ca.clientele.billing.payment;

import ca.clientele.billing.money.Money;

/**
 * Refunds to the card a payment was made with, implemented by the Stripe adapter. The order side looks it up
 * through an {@code ObjectProvider}: absent or {@link #available()} false means refunds to a card cannot be made
 * now (no Stripe key), and staff refund to the credit balance or by hand instead.
 */
public interface CardRefunds {

    boolean available();

    /**
     * Refunds {@code amount} of the payment made through {@code paymentIntentId}; the same {@code idempotencyKey}
     * never refunds twice. Returns Stripe's refund id.
     */
    String refund(String paymentIntentId, Money amount, String idempotencyKey);
}
