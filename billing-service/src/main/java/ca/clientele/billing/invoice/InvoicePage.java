package ca.clientele.billing.invoice;

import java.util.List;

/** One page of invoices, newest first, and where it sits in the whole list. */
record InvoicePage(List<InvoiceSummary> content, PageInfo page) {

    record PageInfo(int number, int size, long totalElements, int totalPages) {}
}
