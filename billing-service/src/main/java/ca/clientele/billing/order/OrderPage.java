package ca.clientele.billing.order;

import java.util.List;

/** A page of orders, newest first. */
record OrderPage(List<OrderSummary> items, int page, int size, long totalItems, int totalPages) {}
