package ca.clientele.billing.card;

import java.util.UUID;

/**
 * A PaymentIntent for an order, for Stripe.js to confirm ({@code stripe.confirmCardPayment(clientSecret, …)},
 * 3-D Secure included). The order is paid only when Stripe's webhook says so.
 *
 * @param amount the amount charged, "40.24"
 * @param status Stripe's status of the intent, e.g. "requires_payment_method", "requires_confirmation"
 */
record CardIntentView(
        String paymentIntentId,
        UUID orderId,
        String clientSecret,
        String publishableKey,
        String amount,
        String status) {}
