package ca.clientele.billing.card;

import java.util.UUID;

/**
 * What Stripe's webhooks said of a PaymentIntent so far.
 *
 * @param status "succeeded" once Stripe confirmed it, else its last known status
 * @param recorded true once the payment is recorded on the order
 */
record CardIntentStatus(String paymentIntentId, UUID orderId, String status, boolean recorded) {}
