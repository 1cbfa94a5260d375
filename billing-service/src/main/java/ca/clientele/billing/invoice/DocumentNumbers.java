package ca.clientele.billing.invoice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless yearly numbers (ADR 0021). The counter row of a series and year is created or incremented by one statement,
 * which keeps the row locked until the issuing transaction ends: a second issuer waits, a rollback gives the number
 * back, and the next one takes it. A PostgreSQL sequence would leave a gap on every rollback, which an invoice
 * series may not have.
 */
@Component
class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of {@code series} in {@code year}; only inside the transaction that stores the document. */
    @Transactional(propagation = Propagation.MANDATORY)
    DocumentNumber next(DocumentSeries series, int year) {
        int sequence = jdbc.sql("""
                        insert into document_counter (series, year, last_value) values (:series, :year, 1)
                        on conflict (series, year) do update set last_value = document_counter.last_value + 1
                        returning last_value""")
                .param("series", series.name())
                .param("year", year)
                .query(Integer.class)
                .single();
        return new DocumentNumber(year, sequence, series.format(year, sequence));
    }
}
