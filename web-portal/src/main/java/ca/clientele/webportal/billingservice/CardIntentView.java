package ca.clientele.webportal.billingservice;

import java.util.UUID;

/** A PaymentIntent for an order, for Stripe.js to confirm (3-D Secure included). */
public record CardIntentView(
        String paymentIntentId,
        UUID orderId,
        String clientSecret,
        String publishableKey,
        String amount,
        String status) {}
