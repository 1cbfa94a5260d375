package ca.clientele.billing.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The sales report of a period: one row per day or month that has an invoice or a credit note, and the totals.
 *
 * @param groupBy {@code day} or {@code month}
 */
record SalesReportView(LocalDate from, LocalDate to, String groupBy, List<SalesPeriod> periods, SalesPeriod totals) {}
