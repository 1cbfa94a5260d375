package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The client copy on orders and invoices comes from the registry (ADR 0029): billing reads the registry's contact
 * endpoint (WireMock answering contract 1) when the registry announces a client or a change of a printed field,
 * keeps it encrypted, and every invoice prints the copy it was issued with. Without a copy, the order is placed at
 * once and its invoice waits for the copy, read in the background (ADR 0036); a credit note, or waiting past the
 * limit, issues it with what billing has.
 */
class ClientCopyIT extends OrderTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    AwaitingInvoices awaitingInvoices;

    @org.springframework.beans.factory.annotation.Autowired
    OrderRepository orders;

    @Test
    void aRegisteredClientsInvoiceCarriesTheRegistrysNameAndBillingAddressEncryptedAtRest() {
        UUID clientId = UUID.randomUUID();
        registry.contact(clientId, "Léa", "Tremblay", "en", "1234, rue Saint-Denis");
        peers.registered(clientId);
        awaitCopy(clientId);

        JsonNode invoice = invoiceOf(clientId, bookedOrder(clientId, UUID.randomUUID(), 1, "35.00"));

        assertThat(invoice.get("billToName").asString()).isEqualTo("Léa Tremblay");
        assertThat(lines(invoice.get("billToAddress")))
                .containsExactly("1234, rue Saint-Denis", "app. 4", "Montréal QC H2X 1K4");
        assertThat(invoice.get("invoice").get("language").asString())
                .as("the registry's language")
                .isEqualTo("en");
        assertThat(registry.reads(clientId))
                .as("read on the event, not again for the order")
                .hasSize(1);
        for (String cell : new String[] {
            "select name from customer where client_id = :id",
            "select address from customer where client_id = :id",
            "select bill_to_name from customer_order where client_id = :id",
            "select bill_to_address from customer_order where client_id = :id",
            "select bill_to_name from invoice where client_id = :id",
            "select bill_to_address from invoice where client_id = :id"
        }) {
            byte[] raw =
                    jdbc.sql(cell).param("id", clientId).query(byte[].class).single();
            assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                    .as(cell)
                    .doesNotContain("Tremblay", "Saint-Denis", "H2X");
            assertThat(new String(raw, StandardCharsets.UTF_8))
                    .as(cell)
                    .doesNotContain("Tremblay", "Saint-Denis", "H2X");
        }
    }

    @Test
    void aChangedBillingAddressIsReadAgainAndOnlyLaterInvoicesCarryIt() {
        UUID clientId = UUID.randomUUID();
        registry.contact(clientId, "Léa", "Tremblay", "fr", "1234, rue Saint-Denis");
        peers.registered(clientId);
        awaitCopy(clientId);
        JsonNode first = bookedOrder(clientId, UUID.randomUUID(), 1, "35.00");

        peers.updated(clientId, "notes");
        registry.contact(clientId, "Léa", "Tremblay", "fr", "99, avenue du Parc");
        peers.updated(clientId, "billingAddress");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> registry.reads(clientId).size() == 2);
        JsonNode second = awaitOrderAfterCopy(clientId);

        assertThat(invoiceOf(clientId, first).get("billToAddress").get(0).asString())
                .as("an issued invoice never changes")
                .isEqualTo("1234, rue Saint-Denis");
        assertThat(invoiceOf(clientId, second).get("billToAddress").get(0).asString())
                .isEqualTo("99, avenue du Parc");
        assertThat(registry.reads(clientId))
                .as("a change of notes prints nothing: not read")
                .hasSize(2);
    }

    @Test
    void withoutACopyTheOrderIsPlacedAtOnceAndItsInvoiceWaitsForTheCopyReadInTheBackground() {
        UUID clientId = UUID.randomUUID();
        registry.contact(clientId, "Marc", "Roy", "fr", "5, rue Principale");

        JsonNode invoice = awaitInvoiceOf(clientId, bookedOrder(clientId, UUID.randomUUID(), 1, "35.00"));

        assertThat(invoice.get("billToName").asString()).isEqualTo("Marc Roy");
        assertThat(invoice.get("billToAddress").get(0).asString()).isEqualTo("5, rue Principale");
        assertThat(registry.reads(clientId)).hasSize(1);
        JsonNode second = bookedOrder(clientId, UUID.randomUUID(), 1, "35.00");
        assertThat(invoiceOf(clientId, second).get("billToName").asString())
                .as("with the copy held, the invoice is issued with the order")
                .isEqualTo("Marc Roy");
        assertThat(registry.reads(clientId)).as("the copy is kept").hasSize(1);
        assertThat(jdbc.sql("select count(*) from client_copy_request where client_id = :id")
                        .param("id", clientId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void whenTheRegistryDoesNotKnowTheClientTheInvoiceIsIssuedWithoutAName() {
        UUID clientId = UUID.randomUUID(); // unknown to the stub: 404

        JsonNode invoice = awaitInvoiceOf(clientId, bookedOrder(clientId, UUID.randomUUID(), 1, "35.00"));

        assertThat(invoice.path("billToName").asString(null)).isNull();
        assertThat(lines(invoice.path("billToAddress"))).isEmpty();
        assertThat(invoice.get("invoice").get("total").asString()).isEqualTo("40.24");
    }

    @Test
    void whileTheRegistryIsDownTheOrderIsPlacedAndItsInvoiceWaitsUntilTheCopyComes() {
        UUID clientId = UUID.randomUUID();
        registry.unavailable(clientId);

        JsonNode order = bookedOrder(clientId, UUID.randomUUID(), 1, "35.00");
        assertThat(order.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !registry.reads(clientId).isEmpty());
        assertThat(invoiceCount(order))
                .as("no invoice without the copy while the registry may still answer")
                .isZero();

        registry.contact(clientId, "Léa", "Tremblay", "en", "1234, rue Saint-Denis");
        JsonNode invoice = awaitInvoiceOf(clientId, order);

        assertThat(invoice.get("billToName").asString()).isEqualTo("Léa Tremblay");
        assertThat(invoice.get("invoice").get("language").asString()).isEqualTo("en");
        assertThat(invoice.get("invoice").get("total").asString()).isEqualTo("40.24");
        assertThat(jdbc.sql("select awaiting_client_copy from customer_order where id = :id")
                        .param("id", UUID.fromString(order.get("id").asString()))
                        .query(Boolean.class)
                        .single())
                .isFalse();
        byte[] raw = jdbc.sql("select bill_to_name from customer_order where id = :id")
                .param("id", UUID.fromString(order.get("id").asString()))
                .query(byte[].class)
                .single();
        assertThat(new String(raw, StandardCharsets.UTF_8))
                .as("the copy the order took later is encrypted too")
                .doesNotContain("Tremblay");
    }

    @Test
    void aCancellationBeforeTheCopyIssuesTheInvoiceThenItsCreditNote() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        registry.unavailable(clientId);
        JsonNode order = bookedOrder(clientId, appointmentId, 1, "35.00");

        peers.cancelled(appointmentId, clientId, "CLIENT", 72 * 60);
        awaitStatus(order.get("id").asString(), "CANCELLED");

        assertThat(invoiceCount(order)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from credit_note n join invoice i on i.id = n.invoice_id"
                                + " where i.order_id = :id")
                        .param("id", UUID.fromString(order.get("id").asString()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anInvoiceThatWaitedPastTheLimitIsIssuedWithoutTheCopy() {
        UUID clientId = UUID.randomUUID();
        registry.unavailable(clientId);
        JsonNode order = bookedOrder(clientId, UUID.randomUUID(), 1, "35.00");

        inTransaction(() -> awaitingInvoices.issueOverdue(Instant.now().plus(Duration.ofMinutes(59))));
        assertThat(invoiceCount(order)).as("within the limit (one hour)").isZero();
        inTransaction(() -> awaitingInvoices.issueOverdue(Instant.now().plus(Duration.ofHours(2))));

        JsonNode invoice = invoiceOf(clientId, order);
        assertThat(invoice.path("billToName").asString(null)).isNull();
        assertThat(invoice.get("invoice").get("total").asString()).isEqualTo("40.24");
        assertThat(jdbc.sql("select count(*) from client_copy_request where client_id = :id")
                        .param("id", clientId)
                        .query(Long.class)
                        .single())
                .as("the copy is still read for the next orders")
                .isEqualTo(1);
    }

    @Test
    void aPaymentReadBeforeTheWaitingInvoiceIsIssuedIsStillRecordedAndTheInvoiceKeepsItsCopy() throws Exception {
        UUID clientId = UUID.randomUUID();
        registry.unavailable(clientId);
        UUID orderId = UUID.fromString(
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString());

        inTransaction(() -> {
            Order order = orders.findById(orderId).orElseThrow();
            order.pay(order.amountDue(), Instant.now());
            // The invoice is issued by another transaction between this one's read and its write.
            CompletableFuture.runAsync(() -> inTransaction(
                            () -> awaitingInvoices.issueOverdue(Instant.now().plus(Duration.ofHours(2)))))
                    .join();
            orders.saveAndFlush(order);
        });

        assertThat(jdbc.sql("select status || ' ' || amount_paid || ' ' || awaiting_client_copy"
                                + " from customer_order where id = :id")
                        .param("id", orderId)
                        .query(String.class)
                        .single())
                .as("the payment recorded, and not writing back the order as it was before its invoice")
                .isEqualTo("PAID 40.24 false");
        assertThat(jdbc.sql("select count(*) from invoice where order_id = :id")
                        .param("id", orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void awaitCopy(UUID clientId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from customer where client_id = :id"
                                        + " and contact_refreshed_at is not null")
                                .param("id", clientId)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    /** Books a new order once the latest copy (the second read) has been stored. */
    private JsonNode awaitOrderAfterCopy(UUID clientId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from customer where client_id = :id"
                                        + " and contact_refreshed_at > (select max(placed_at) from customer_order"
                                        + " where client_id = :id)")
                                .param("id", clientId)
                                .query(Long.class)
                                .single()
                        == 1);
        return bookedOrder(clientId, UUID.randomUUID(), 1, "35.00");
    }

    private static java.util.List<String> lines(JsonNode array) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (JsonNode line : array) {
            lines.add(line.asString());
        }
        return lines;
    }

    private long invoiceCount(JsonNode orderSummary) {
        return jdbc.sql("select count(*) from invoice where order_id = :id")
                .param("id", UUID.fromString(orderSummary.get("id").asString()))
                .query(Long.class)
                .single();
    }

    /** The invoice once it is issued (it waits for the client's copy when billing had none). */
    private JsonNode awaitInvoiceOf(UUID clientId, JsonNode orderSummary) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> invoiceCount(orderSummary) == 1);
        return invoiceOf(clientId, orderSummary);
    }

    private JsonNode invoiceOf(UUID clientId, JsonNode orderSummary) {
        String orderId = orderSummary.get("id").asString();
        ApiClient.Response page = api.get("/api/invoices?clientId=" + clientId, staff);
        assertThat(page.status()).isEqualTo(200);
        for (JsonNode summary : page.json().get("content")) {
            if (orderId.equals(summary.get("orderId").asString())) {
                ApiClient.Response invoice =
                        api.get("/api/invoices/" + summary.get("id").asString(), staff);
                assertThat(invoice.status()).isEqualTo(200);
                return invoice.json();
            }
        }
        throw new AssertionError("no invoice for order " + orderId);
    }
}
