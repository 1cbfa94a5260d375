package ca.clientele.adminportal.sales;

import java.time.LocalDate;
import java.util.List;

/** Sales per day or month of a period, as the billing-service computes them (amounts as "40.24"). */
public record SalesReport(LocalDate from, LocalDate to, String groupBy, List<Period> periods, Period totals) {

    public record Period(
            String period,
            long invoices,
            long creditNotes,
            String sales,
            String gst,
            String qst,
            String total,
            String creditedSales,
            String creditedGst,
            String creditedQst,
            String creditedTotal,
            String netSales,
            String netGst,
            String netQst,
            String netTotal) {}
}
