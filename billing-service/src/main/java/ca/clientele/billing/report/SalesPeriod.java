package ca.clientele.billing.report;

import java.math.BigDecimal;

/**
 * Sales of one period (a day "2026-04-20" or a month "2026-04", on Montréal's calendar), or of the whole report.
 * Amounts are strings ("40.24"): invoiced, credited by credit notes, and net (invoiced − credited) — before taxes,
 * GST collected, QST collected, and with taxes.
 */
record SalesPeriod(
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
        String netTotal) {

    /** Sums as read from the database. */
    record Sums(
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
            BigDecimal creditedTotal) {

        static final Sums NONE = new Sums(
                null,
                0,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);

        Sums plus(Sums other) {
            return new Sums(
                    period,
                    invoices + other.invoices,
                    creditNotes + other.creditNotes,
                    sales.add(other.sales),
                    gst.add(other.gst),
                    qst.add(other.qst),
                    total.add(other.total),
                    creditedSales.add(other.creditedSales),
                    creditedGst.add(other.creditedGst),
                    creditedQst.add(other.creditedQst),
                    creditedTotal.add(other.creditedTotal));
        }

        SalesPeriod view(String label) {
            return new SalesPeriod(
                    label,
                    invoices,
                    creditNotes,
                    text(sales),
                    text(gst),
                    text(qst),
                    text(total),
                    text(creditedSales),
                    text(creditedGst),
                    text(creditedQst),
                    text(creditedTotal),
                    text(sales.subtract(creditedSales)),
                    text(gst.subtract(creditedGst)),
                    text(qst.subtract(creditedQst)),
                    text(total.subtract(creditedTotal)));
        }

        private static String text(BigDecimal amount) {
            return amount.setScale(2).toPlainString();
        }
    }
}
