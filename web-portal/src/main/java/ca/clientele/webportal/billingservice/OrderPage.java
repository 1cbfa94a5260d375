package ca.clientele.webportal.billingservice;

import java.util.List;

/** A page of the client's orders, newest first. */
public record OrderPage(List<OrderSummary> items, int page, int size, long totalItems, int totalPages) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
