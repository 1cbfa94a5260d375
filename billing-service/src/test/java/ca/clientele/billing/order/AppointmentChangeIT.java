package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Staff change an unpaid appointment's pets (appointment-changed with new lines): its order is replaced — cancelled
 * with a credit note for its invoice, what was paid of it moved to the credit balance — by a new order for the same
 * appointment at the new price; the appointment's later events follow the new order. A change that charges the same
 * lines, or a redelivered change, replaces nothing. Every event checked against its schema.
 */
class AppointmentChangeIT extends OrderTestBase {

    @Test
    void anUnpaidOrderIsReplacedByOneAtTheNewPrice() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String oldId =
                bookedOrder(clientId, appointmentId, 1, "35.00").get("id").asString();
        assertThat(pay(oldId, staff, "CASH", "10.00").status()).isEqualTo(201);

        String change = UUID.randomUUID().toString();
        peers.changed(change, appointmentId, clientId, 2, "35.00");
        awaitStatus(oldId, "CANCELLED");
        JsonNode replacement = awaitOther(clientId, appointmentId, oldId);
        assertThat(replacement.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(replacement.get("total").asString()).isEqualTo("80.48");
        assertThat(replacement.get("itemCount").asInt()).isEqualTo(2);
        assertThat(replacement.get("number").asLong())
                .isGreaterThan(order(oldId).get("number").asLong());

        // The old order's debt is credited; the 10.00 paid went to the client's credit balance.
        JsonNode old = order(oldId);
        assertThat(old.get("amountCancelled").asString()).isEqualTo("30.24");
        assertThat(old.get("amountRefunded").asString()).isEqualTo("10.00");
        assertThat(inProcess.creditedOn(UUID.fromString(oldId)))
                .extracting(OrderCredited::settlement)
                .containsExactlyInAnyOrder("CANCELLED", "CREDITED_TO_BALANCE");
        assertThat(log.first(clientId, "order-cancelled").get("outcome").asString())
                .isEqualTo("REPLACED");
        assertThat(log.await(clientId, "order-placed", 2))
                .extracting(placed -> placed.get("orderId").asString())
                .containsExactly(oldId, replacement.get("id").asString());
        assertThat(log.first(clientId, "credit-changed").get("balance").decimalValue())
                .isEqualByComparingTo("10.00");

        // Redelivered, or a change charging the same lines: nothing more.
        peers.changed(change, appointmentId, clientId, 2, "35.00");
        peers.changed(UUID.randomUUID().toString(), appointmentId, clientId, 2, "35.00");
        // The appointment's cancellation now cancels the replacement.
        peers.cancelled(appointmentId, clientId, "CLIENT", 3000);
        awaitStatus(replacement.get("id").asString(), "CANCELLED");
        assertThat(api.get("/api/orders?clientId=" + clientId, staff).json().get("items"))
                .hasSize(2);
        assertThat(jdbc.sql(
                                "select count(*) from customer_order where appointment_id = ?::uuid and replaced_at is null")
                        .param(appointmentId.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aChangeOfPetsAtTheSamePriceKeepsTheOrder() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, appointmentId, 1, "35.00").get("id").asString();

        peers.changed(UUID.randomUUID().toString(), appointmentId, clientId, 1, "35.00");
        peers.completed(appointmentId, clientId);
        // The completion, behind the change on the same partition, is handled: the change came and went.
        awaitServiceDone(orderId);
        assertThat(order(orderId).get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(api.get("/api/orders?clientId=" + clientId, staff).json().get("items"))
                .hasSize(1);
    }

    private JsonNode awaitOther(UUID clientId, UUID appointmentId, String otherThan) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> replacementOf(clientId, appointmentId, otherThan), found -> found != null);
    }

    private JsonNode replacementOf(UUID clientId, UUID appointmentId, String otherThan) {
        for (JsonNode item :
                api.get("/api/orders?clientId=" + clientId, staff).json().get("items")) {
            if (appointmentId.toString().equals(item.get("appointmentId").asString())
                    && !otherThan.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }
}
