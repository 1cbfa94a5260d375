package ca.clientele.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.billing.order.OrderCredited;
import ca.clientele.billing.order.OrderPlaced;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoices and credit notes issued from the order side's in-process events, published as helper A's code does:
 * inside the transaction that places or credits the order. Each test works in a year of its own, so that the
 * numbering it checks is its own whatever other tests issued.
 */
@ServiceIntegrationTest
class InvoiceIssuingIT {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderPlacedGetsItsInvoiceInTheSameTransactionNumberedFromOneInItsYear() {
        UUID client = UUID.randomUUID();
        OrderPlaced first = PlacedOrders.nailTrim(client, at(2048, 1, 1, 0, 5), "35.00", "fr");
        OrderPlaced second = PlacedOrders.nailTrim(client, at(2048, 3, 2, 9, 0), "5.00", "en");

        publish(first);
        publish(second);

        assertThat(invoiceOf(first)).containsEntry("number", "2048-000001").containsEntry("language", "fr");
        assertThat(invoiceOf(second)).containsEntry("number", "2048-000002").containsEntry("language", "en");
        assertThat(invoiceOf(first).get("total").toString()).isEqualTo("40.24");
        assertThat(invoiceOf(second).get("total").toString()).isEqualTo("5.75");
        // The seller's identity is copied as printed that day.
        assertThat(invoiceOf(first))
                .containsEntry("gst_number", "123456789 RT0001")
                .containsEntry("qst_number", "1234567890 TQ0001");
    }

    @Test
    void theYearIsMontrealsAndAnInvoiceOnNewYearsEveInMontrealBelongsToTheOldYear() {
        // 2047-01-01T03:00Z is still December 31 in Montréal.
        OrderPlaced late =
                PlacedOrders.nailTrim(UUID.randomUUID(), Instant.parse("2047-01-01T03:00:00Z"), "35.00", "fr");
        publish(late);
        assertThat(invoiceOf(late)).containsEntry("number", "2046-000001");
    }

    @Test
    void aRolledBackPlacementLeavesNoInvoiceAndGivesItsNumberBack() {
        UUID client = UUID.randomUUID();
        OrderPlaced lost = PlacedOrders.nailTrim(client, at(2045, 5, 1, 10, 0), "35.00", "fr");
        tx.executeWithoutResult(status -> {
            events.publishEvent(lost);
            status.setRollbackOnly();
        });
        OrderPlaced kept = PlacedOrders.nailTrim(client, at(2045, 5, 1, 11, 0), "35.00", "fr");
        publish(kept);

        assertThat(count("select count(*) from invoice where order_id = :id", lost.orderId()))
                .isZero();
        assertThat(invoiceOf(kept)).containsEntry("number", "2045-000001");
    }

    @Test
    void concurrentPlacementsSomeRolledBackGetNumbersOneToNWithNoGapAndNoDuplicate() throws Exception {
        int attempts = 40;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int n = 0; n < attempts; n++) {
                int attempt = n;
                Callable<Boolean> place = () -> {
                    start.await();
                    OrderPlaced order = PlacedOrders.nailTrim(
                            UUID.randomUUID(), at(2041, 6, 1, 12, 0).plusSeconds(attempt), "35.00", "fr");
                    try {
                        return tx.execute(status -> {
                            events.publishEvent(order);
                            if (attempt % 3 == 0) {
                                status.setRollbackOnly(); // after the number was taken
                            }
                            if (attempt % 7 == 0) {
                                throw new IllegalStateException("the order side failed after the invoice");
                            }
                            return attempt % 3 != 0;
                        });
                    } catch (IllegalStateException failed) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(place));
            }
            start.countDown();
            long committed = 0;
            for (Future<Boolean> outcome : outcomes) {
                committed += outcome.get() ? 1 : 0;
            }

            List<Integer> sequences = jdbc.sql("select sequence from invoice where year = 2041 order by sequence")
                    .query(Integer.class)
                    .list();
            assertThat(committed).isBetween(10L, 39L);
            assertThat(sequences)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, (int) committed).boxed().toList());
            assertThat(jdbc.sql("select last_value from document_counter where series = 'INVOICE' and year = 2041")
                            .query(Integer.class)
                            .single())
                    .isEqualTo((int) committed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameOrderPlacedTwiceIsInvoicedOnce() {
        OrderPlaced order = PlacedOrders.nailTrim(UUID.randomUUID(), at(2040, 8, 1, 9, 0), "35.00", "fr");
        publish(order);
        publish(order);
        assertThat(count("select count(*) from invoice where order_id = :id", order.orderId()))
                .isEqualTo(1);
    }

    @Test
    void invoicingNeedsTheOrdersTransaction() {
        OrderPlaced order = PlacedOrders.nailTrim(UUID.randomUUID(), at(2040, 8, 2, 9, 0), "35.00", "fr");
        assertThatThrownBy(() -> events.publishEvent(order)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anIssuedInvoiceOrCreditNoteCannotBeChangedNorDeletedEvenInSql() {
        OrderPlaced order = PlacedOrders.nailTrim(UUID.randomUUID(), at(2040, 9, 1, 9, 0), "35.00", "fr");
        publish(order);
        credit(PlacedOrders.credited(order, "5.00", "CREDITED_TO_BALANCE", at(2040, 9, 2, 9, 0)));

        assertThatThrownBy(() -> jdbc.sql("update invoice set total = 0 where order_id = :id")
                        .param("id", order.orderId())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from invoice where order_id = :id")
                        .param("id", order.orderId())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("update credit_note set total = 1 where order_id = :id")
                        .param("id", order.orderId())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from credit_note where order_id = :id")
                        .param("id", order.orderId())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(invoiceOf(order).get("total").toString()).isEqualTo("40.24");
    }

    @Test
    void theClientCopyAndTheLinesAreEncryptedAtRest() {
        OrderPlaced order = PlacedOrders.nailTrim(UUID.randomUUID(), at(2040, 10, 1, 9, 0), "35.00", "fr");
        publish(order);
        credit(new OrderCredited(
                order.orderId(),
                order.orderNumber(),
                order.clientId(),
                order.total(),
                "REFUNDED_MANUALLY",
                "Remboursé à Amélie Côté-Tremblay",
                at(2040, 10, 2, 9, 0)));

        Map<String, Object> raw = jdbc.sql("select * from invoice where order_id = :id")
                .param("id", order.orderId())
                .query()
                .singleRow();
        Map<String, Object> note = jdbc.sql("select * from credit_note where order_id = :id")
                .param("id", order.orderId())
                .query()
                .singleRow();
        String everything =
                raw.values().stream().map(InvoiceIssuingIT::readable).reduce("", String::concat)
                        + note.values().stream().map(InvoiceIssuingIT::readable).reduce("", String::concat);
        assertThat(everything)
                .doesNotContain("Amélie")
                .doesNotContain("Côté")
                .doesNotContain("Saint-Hubert")
                .doesNotContain("H2J")
                .doesNotContain("Biscuit");
        assertThat((byte[]) raw.get("bill_to_name")).isNotEmpty();
    }

    @Test
    void aFullCreditIssuesACreditNoteWithTheInvoicesTaxesInItsOwnSeries() {
        OrderPlaced order = PlacedOrders.nailTrim(UUID.randomUUID(), at(2042, 2, 1, 9, 0), "35.00", "fr");
        publish(order);
        credit(PlacedOrders.credited(order, "40.24", "CANCELLED", at(2042, 2, 3, 9, 0)));

        Map<String, Object> note = creditNotesOf(order).getFirst();
        assertThat(note).containsEntry("number", "NC-2042-000001").containsEntry("settlement", "CANCELLED");
        assertThat(note.get("subtotal").toString()).isEqualTo("35.00");
        assertThat(note.get("gst").toString()).isEqualTo("1.75");
        assertThat(note.get("qst").toString()).isEqualTo("3.49");
        assertThat(note.get("total").toString()).isEqualTo("40.24");
        assertThat(note.get("invoice_id")).isEqualTo(invoiceOf(order).get("id"));
    }

    @Test
    void partialCreditsAddUpToTheInvoiceAndNothingMoreCanBeCreditedNorNumbered() {
        OrderPlaced order = PlacedOrders.nailTrim(UUID.randomUUID(), at(2043, 2, 1, 9, 0), "35.00", "fr");
        publish(order);
        credit(PlacedOrders.credited(order, "10.00", "REFUNDED_TO_CARD", at(2043, 2, 2, 9, 0)));

        assertThatThrownBy(
                        () -> credit(PlacedOrders.credited(order, "30.25", "REFUNDED_TO_CARD", at(2043, 2, 3, 9, 0))))
                .isInstanceOf(CreditExceedsInvoiceException.class);
        credit(PlacedOrders.credited(order, "30.24", "CREDITED_TO_BALANCE", at(2043, 2, 4, 9, 0)));

        List<Map<String, Object>> notes = creditNotesOf(order);
        assertThat(notes).extracting(note -> note.get("number")).containsExactly("NC-2043-000001", "NC-2043-000002");
        assertThat(notes).extracting(note -> note.get("total").toString()).containsExactly("10.00", "30.24");
        // Together they take back exactly the invoice's taxes.
        assertThat(sum(notes, "gst")).isEqualTo("1.75");
        assertThat(sum(notes, "qst")).isEqualTo("3.49");
        assertThat(sum(notes, "subtotal")).isEqualTo("35.00");
        assertThatThrownBy(() -> credit(PlacedOrders.credited(order, "0.01", "REFUNDED_TO_CARD", at(2043, 2, 5, 9, 0))))
                .isInstanceOf(CreditExceedsInvoiceException.class);
    }

    @Test
    void twoConcurrentCreditsOfAnOrderAreCheckedOneAfterTheOther() throws Exception {
        OrderPlaced order = PlacedOrders.nailTrim(UUID.randomUUID(), at(2044, 2, 1, 9, 0), "35.00", "fr");
        publish(order);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        credit(PlacedOrders.credited(order, "30.00", "REFUNDED_TO_CARD", at(2044, 2, 2, 9, 0)));
                        return true;
                    } catch (CreditExceedsInvoiceException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(creditNotesOf(order)).hasSize(1);
    }

    @Test
    void aCreditOfAnOrderWithoutInvoiceFailsTheOrdersTransaction() {
        OrderCredited orphan = new OrderCredited(
                UUID.randomUUID(),
                1,
                UUID.randomUUID(),
                ca.clientele.billing.money.Money.cad("1.00"),
                "CANCELLED",
                null,
                at(2040, 11, 1, 9, 0));
        assertThatThrownBy(() -> credit(orphan)).isInstanceOf(IllegalStateException.class);
    }

    private void publish(OrderPlaced order) {
        tx.executeWithoutResult(status -> events.publishEvent(order));
    }

    private void credit(OrderCredited credit) {
        tx.executeWithoutResult(status -> events.publishEvent(credit));
    }

    private Map<String, Object> invoiceOf(OrderPlaced order) {
        return jdbc.sql("select * from invoice where order_id = :id")
                .param("id", order.orderId())
                .query()
                .singleRow();
    }

    private List<Map<String, Object>> creditNotesOf(OrderPlaced order) {
        return jdbc.sql("select * from credit_note where order_id = :id order by sequence")
                .param("id", order.orderId())
                .query()
                .listOfRows();
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private static String sum(List<Map<String, Object>> rows, String column) {
        return rows.stream()
                .map(row -> (java.math.BigDecimal) row.get(column))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .toPlainString();
    }

    private static String readable(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MONTREAL).toInstant();
    }
}
