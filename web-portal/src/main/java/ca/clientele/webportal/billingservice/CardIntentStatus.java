package ca.clientele.webportal.billingservice;

import java.util.UUID;

/** What Stripe said of a card payment so far; {@code recorded} once the order counts it as paid. */
public record CardIntentStatus(String paymentIntentId, UUID orderId, String status, boolean recorded) {}
