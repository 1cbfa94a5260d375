package ca.clientele.billing.shop;

import java.util.UUID;

/** The order a checkout or an in-store sale placed: the client pays it on {@code /orders/{orderId}/pay}. */
record SaleView(UUID orderId, long number, String total) {}
