package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The client copy on orders and invoices comes from the registry (ADR 0029): billing reads the registry's contact
 * endpoint (WireMock answering contract 1) when the registry announces a client or a change of a printed field,
 * keeps it encrypted, and every invoice prints the copy it was issued with. Without a copy, placing the order reads
 * the registry once; without a registry, the order is still placed.
 */
class ClientCopyIT extends OrderTestBase {

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
    void withoutACopyPlacingTheOrderReadsTheRegistryOnce() {
        UUID clientId = UUID.randomUUID();
        registry.contact(clientId, "Marc", "Roy", "fr", "5, rue Principale");

        JsonNode invoice = invoiceOf(clientId, bookedOrder(clientId, UUID.randomUUID(), 1, "35.00"));

        assertThat(invoice.get("billToName").asString()).isEqualTo("Marc Roy");
        assertThat(invoice.get("billToAddress").get(0).asString()).isEqualTo("5, rue Principale");
        assertThat(registry.reads(clientId)).hasSize(1);
        bookedOrder(clientId, UUID.randomUUID(), 1, "35.00");
        assertThat(registry.reads(clientId)).as("the copy is kept").hasSize(1);
    }

    @Test
    void whenTheRegistryCannotAnswerTheOrderIsStillPlacedWithoutAName() {
        UUID clientId = UUID.randomUUID(); // unknown to the stub: 404

        JsonNode invoice = invoiceOf(clientId, bookedOrder(clientId, UUID.randomUUID(), 1, "35.00"));

        assertThat(invoice.path("billToName").asString(null)).isNull();
        assertThat(lines(invoice.path("billToAddress"))).isEmpty();
        assertThat(invoice.get("invoice").get("total").asString()).isEqualTo("40.24");
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
