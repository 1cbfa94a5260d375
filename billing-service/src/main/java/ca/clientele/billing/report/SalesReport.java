package ca.clientele.billing.report;

import ca.clientele.platform.web.DomainRuleException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales per day or month on Montréal's calendar, from the issued documents themselves (invoices and credit notes are
 * immutable, so a period's figures never change once it is over): sales before taxes, GST and QST collected, what
 * credit notes took back, and the net to declare.
 */
@Service
class SalesReport {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final long MAX_DAYS = 3 * 366;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    SalesReport(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    SalesReportView report(LocalDate from, LocalDate to, String groupBy) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new DomainRuleException("invoice.report.period");
        }
        String unit = "month".equals(groupBy) ? "month" : "day";
        String format = "month".equals(unit) ? "YYYY-MM" : "YYYY-MM-DD";
        List<SalesPeriod.Sums> rows = jdbc.sql("""
                        with documents as (
                            select issued_at, 1 as invoices, 0 as credit_notes, total - gst - qst as sales, gst, qst,
                                   total, 0 as credited_sales, 0 as credited_gst, 0 as credited_qst, 0 as credited_total
                            from invoice where issued_at >= :from and issued_at < :to
                            union all
                            select issued_at, 0, 1, 0, 0, 0, 0, subtotal, gst, qst, total
                            from credit_note where issued_at >= :from and issued_at < :to)
                        select to_char(date_trunc(:unit, issued_at at time zone 'America/Montreal'), :format) as period,
                               sum(invoices) as invoices, sum(credit_notes) as credit_notes,
                               sum(sales) as sales, sum(gst) as gst, sum(qst) as qst, sum(total) as total,
                               sum(credited_sales) as credited_sales, sum(credited_gst) as credited_gst,
                               sum(credited_qst) as credited_qst, sum(credited_total) as credited_total
                        from documents
                        group by 1
                        order by 1""")
                .param(
                        "from",
                        java.sql.Timestamp.from(from.atStartOfDay(MONTREAL).toInstant()))
                .param(
                        "to",
                        java.sql.Timestamp.from(
                                to.plusDays(1).atStartOfDay(MONTREAL).toInstant()))
                .param("unit", unit)
                .param("format", format)
                .query((rs, n) -> new SalesPeriod.Sums(
                        rs.getString("period"),
                        rs.getLong("invoices"),
                        rs.getLong("credit_notes"),
                        rs.getBigDecimal("sales"),
                        rs.getBigDecimal("gst"),
                        rs.getBigDecimal("qst"),
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("credited_sales"),
                        rs.getBigDecimal("credited_gst"),
                        rs.getBigDecimal("credited_qst"),
                        rs.getBigDecimal("credited_total")))
                .list();
        SalesPeriod.Sums totals = rows.stream().reduce(SalesPeriod.Sums.NONE, SalesPeriod.Sums::plus);
        return new SalesReportView(
                from, to, unit, rows.stream().map(row -> row.view(row.period())).toList(), totals.view(null));
    }

    /**
     * The report as CSV (RFC 4180: commas, CRLF, amounts with a decimal point), headers in the caller's language,
     * a UTF-8 byte order mark first so that a spreadsheet opens the accents right.
     */
    String csv(SalesReportView report, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(
                        ",",
                        List.of(
                                        "period",
                                        "invoices",
                                        "credit-notes",
                                        "sales",
                                        "gst",
                                        "qst",
                                        "total",
                                        "credited-sales",
                                        "credited-gst",
                                        "credited-qst",
                                        "credited-total",
                                        "net-sales",
                                        "net-gst",
                                        "net-qst",
                                        "net-total")
                                .stream()
                                .map(key -> quote(messages.getMessage("report.csv." + key, null, locale)))
                                .toList()))
                .append("\r\n");
        for (SalesPeriod period : report.periods()) {
            row(csv, period.period(), period);
        }
        row(csv, messages.getMessage("report.csv.totals", null, locale), report.totals());
        return csv.toString();
    }

    private static void row(StringBuilder csv, String label, SalesPeriod period) {
        csv.append(String.join(
                        ",",
                        quote(label),
                        Long.toString(period.invoices()),
                        Long.toString(period.creditNotes()),
                        period.sales(),
                        period.gst(),
                        period.qst(),
                        period.total(),
                        period.creditedSales(),
                        period.creditedGst(),
                        period.creditedQst(),
                        period.creditedTotal(),
                        period.netSales(),
                        period.netGst(),
                        period.netQst(),
                        period.netTotal()))
                .append("\r\n");
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
