package ca.clientele.webportal.billingservice;

import java.util.UUID;

/** The order a checkout placed. */
public record Sale(UUID orderId, long number, String total) {}
