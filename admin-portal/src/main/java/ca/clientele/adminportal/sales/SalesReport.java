package ca.clientele.adminportal.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Sales per day or month of a period, as the billing-service computes them (amounts as "40.24"). */
public record SalesReport(LocalDate from, LocalDate to, String groupBy, List<Period> periods, Period totals) {

    public record Period(
            String period,
            long invoices,
            long creditNotes,
            BigDecimal sales,
            BigDecimal gst,
            BigDecimal qst,
            BigDecimal total,
            BigDecimal creditedSales,
            BigDecimal creditedGst,
            BigDecimal creditedQst,
            BigDecimal creditedTotal,
            BigDecimal netSales,
            BigDecimal netGst,
            BigDecimal netQst,
            BigDecimal netTotal) {}
}
