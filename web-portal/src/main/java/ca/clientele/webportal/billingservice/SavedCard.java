package ca.clientele.webportal.billingservice;

/** A card the client saved with Stripe: brand, last four digits, expiry. */
public record SavedCard(String id, String brand, String last4, long expMonth, long expYear) {}
