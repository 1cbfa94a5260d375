package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Booking → order → payments → confirmation → completion through events: an appointment-booked event places one
 * order (whatever the redeliveries) priced with taxes, staff record a partial Interac payment then the rest in cash,
 * the order is paid (order-paid for booking), the completed appointment completes it. Every event checked against
 * its schema.
 */
class OrderLifecycleIT extends OrderTestBase {

    @Test
    void anAppointmentBecomesAnOrderThatIsPaidThenCompleted() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        peers.booked(eventId, appointmentId, clientId, 1, "35.00");
        peers.booked(eventId, appointmentId, clientId, 1, "35.00"); // redelivered
        peers.booked(UUID.randomUUID().toString(), appointmentId, clientId, 1, "35.00"); // republished
        JsonNode summary = awaitOrder(clientId, appointmentId);
        String orderId = summary.get("id").asString();

        assertThat(summary.get("number").asLong()).isGreaterThanOrEqualTo(1500);
        assertThat(summary.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(summary.get("statusLabel").asString()).isEqualTo("Attente de paiement");
        assertThat(summary.get("total").asString()).isEqualTo("40.24");
        assertThat(summary.get("itemCount").asInt()).isEqualTo(1);
        assertThat(summary.get("mayPay").asBoolean()).isTrue();
        assertThat(summary.get("mayCancel").asBoolean()).isTrue();
        JsonNode placed = log.first(clientId, "order-placed");
        assertThat(placed.get("orderId").asString()).isEqualTo(orderId);
        assertThat(placed.get("appointmentId").asString()).isEqualTo(appointmentId.toString());
        assertThat(placed.get("total").decimalValue()).isEqualByComparingTo("40.24");
        // Billing held no copy of this client: the invoice (OrderPlaced in process) follows the registry's answer.
        awaitInvoiceIssued(orderId);
        assertThat(inProcess.placed.stream().filter(p -> p.orderId().toString().equals(orderId)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.gst().toString()).isEqualTo("1.75");
                    assertThat(p.qst().toString()).isEqualTo("3.49");
                    assertThat(p.lines().getFirst().descriptionFr()).isEqualTo("Taille des griffes");
                });

        // The client sees it; the same list in English; nobody else sees it.
        ApiClient.Response own = api.get("/api/orders", client(clientId));
        assertThat(own.json().get("items")).hasSize(1);
        ApiClient.Response en = api.get("/api/orders/" + orderId, client(clientId), "en");
        assertThat(en.json().get("statusLabel").asString()).isEqualTo("Awaiting payment");
        assertThat(en.json().get("gst").asString()).isEqualTo("1.75");
        UUID stranger = UUID.randomUUID();
        assertThat(api.get("/api/orders/" + orderId, client(stranger)).status()).isEqualTo(404);
        assertThat(api.get("/api/orders?clientId=" + clientId, client(stranger))
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(pay(orderId, client(stranger), "CREDIT", "1.00").status()).isEqualTo(404);

        // A client records no cash payment; staff record a partial e-Transfer then the rest in cash.
        assertThat(pay(orderId, client(clientId), "CASH", "40.24").status()).isEqualTo(403);
        ApiClient.Response first = pay(orderId, staff, "INTERAC", "20.00");
        assertThat(first.status()).isEqualTo(201);
        assertThat(order(orderId).get("amountDue").asString()).isEqualTo("20.24");
        assertThat(order(orderId).get("status").asString()).isEqualTo("PENDING_PAYMENT");
        ApiClient.Response tooMuch = pay(orderId, staff, "CASH", "20.25");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("detail").asString()).contains("20.24");
        assertThat(pay(orderId, staff, "CASH", "20.24").status()).isEqualTo(201);

        JsonNode paid = order(orderId);
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("statusLabel").asString()).isEqualTo("Payée");
        assertThat(paid.get("amountPaid").asString()).isEqualTo("40.24");
        assertThat(paid.get("mayPay").asBoolean()).isFalse();
        assertThat(paid.get("payments")).hasSize(2);
        assertThat(log.await(clientId, "payment-recorded", 2))
                .extracting(p -> p.get("method").asString())
                .containsExactly("INTERAC", "CASH");
        JsonNode paidEvent = log.first(clientId, "order-paid");
        assertThat(paidEvent.get("appointmentId").asString()).isEqualTo(appointmentId.toString());

        peers.completed(appointmentId, clientId);
        awaitStatus(orderId, "COMPLETED");
        assertThat(log.first(clientId, "order-completed").get("orderId").asString())
                .isEqualTo(orderId);
        JsonNode completed = order(orderId);
        assertThat(completed.get("statusLabel").asString()).isEqualTo("Complétée");
        assertThat(completed.get("mayCancel").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from customer_order where appointment_id = ?")
                        .param(appointmentId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPoisonRecordInAPollIsSkippedAndTheAppointmentsAroundItBecomeOrders() {
        UUID clientId = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        String redelivered = UUID.randomUUID().toString();
        peers.hold();
        peers.booked(redelivered, before, clientId, 1, "35.00");
        peers.booked(redelivered, before, clientId, 1, "35.00"); // the same event twice in one poll
        peers.malformed(clientId);
        peers.booked(UUID.randomUUID().toString(), after, clientId, 2, "35.00");
        peers.release();

        assertThat(awaitOrder(clientId, before).get("total").asString()).isEqualTo("40.24");
        assertThat(awaitOrder(clientId, after).get("total").asString()).isEqualTo("80.48");
        assertThat(api.get("/api/orders?clientId=" + clientId, staff).json().get("items"))
                .hasSize(2);
    }

    @Test
    void anAppointmentCompletedBeforePaymentCompletesWhenPaid() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, appointmentId, 1, "5.00").get("id").asString();
        assertThat(order(orderId).get("total").asString()).isEqualTo("5.75");
        peers.completed(appointmentId, clientId);
        awaitServiceDone(orderId);
        assertThat(order(orderId).get("status").asString()).isEqualTo("PENDING_PAYMENT");

        assertThat(pay(orderId, staff, "CARD_TERMINAL", "5.75").status()).isEqualTo(201);
        assertThat(order(orderId).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(log.first(clientId, "order-paid").get("orderId").asString()).isEqualTo(orderId);
        assertThat(log.first(clientId, "order-completed").get("orderId").asString())
                .isEqualTo(orderId);
    }

    @Test
    void theClientsDiscountAppliesAndTheirNameIsStoredEncrypted() {
        UUID clientId = UUID.randomUUID();
        peers.billingChanged(clientId, "ACTIVE", "10", null, "en");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from customer where client_id = ? and discount_percent = 10")
                                .param(clientId)
                                .query(Long.class)
                                .single()
                        == 1);
        // No copy yet: read in the background once the order is placed, and the invoice waits for it (ADR 0036).
        registry.contact(clientId, "Léa", "Tremblay", "en", "1234, rue Saint-Denis");
        JsonNode summary = bookedOrder(clientId, UUID.randomUUID(), 2, "41.10");
        awaitInvoiceIssued(summary.get("id").asString());
        JsonNode order = order(summary.get("id").asString());
        // 2 × 41.10 = 82.20, less 10 % = 73.98; GST 3.70, QST 7.38 → 85.06
        assertThat(order.get("subtotal").asString()).isEqualTo("82.20");
        assertThat(order.get("discount").asString()).isEqualTo("8.22");
        assertThat(order.get("gst").asString()).isEqualTo("3.70");
        assertThat(order.get("qst").asString()).isEqualTo("7.38");
        assertThat(order.get("total").asString()).isEqualTo("85.06");
        assertThat(inProcess.placed.stream()
                        .filter(p -> p.clientId().equals(clientId))
                        .findFirst()
                        .orElseThrow())
                .satisfies(p -> {
                    assertThat(p.billTo().name()).isEqualTo("Léa Tremblay");
                    assertThat(p.language()).isEqualTo("en");
                });
        byte[] raw = jdbc.sql("select bill_to_name from customer_order where id = ?::uuid")
                .param(summary.get("id").asString())
                .query(byte[].class)
                .single();
        assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Tremblay");
        byte[] customerName = jdbc.sql("select name from customer where client_id = ?")
                .param(clientId)
                .query(byte[].class)
                .single();
        assertThat(new String(customerName, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Tremblay");
    }
}
