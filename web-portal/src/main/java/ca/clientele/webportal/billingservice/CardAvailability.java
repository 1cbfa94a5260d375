package ca.clientele.webportal.billingservice;

/** Whether card payment is offered now (billing-service), with what Stripe.js needs, or why not in words. */
public record CardAvailability(boolean available, String publishableKey, String jsUrl, String message) {}
