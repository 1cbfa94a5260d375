package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.OrderPayments;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every outcome of a cancelled appointment (defaults: 48 h notice → full refund, 24 h → credit, less → a 50 % late
 * fee): an unpaid order is cancelled (credit note for the debt), a paid one is refunded to the card it was paid with
 * when card refunds are available, else to the credit balance, credited, or charged the late fee. Each credit note
 * is asked for through OrderCredited with exactly the amount given back.
 */
class CancellationPolicyIT extends OrderTestBase {

    @Autowired
    OrderPayments orderPayments;

    @Test
    void anUnpaidOrderIsCancelled() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, appointmentId, 1, "35.00").get("id").asString();

        peers.cancelled(appointmentId, clientId, "CLIENT", 3000);
        awaitStatus(orderId, "CANCELLED");

        JsonNode order = order(orderId);
        assertThat(order.get("amountCancelled").asString()).isEqualTo("40.24");
        assertThat(order.get("netTotal").asString()).isEqualTo("0.00");
        assertThat(order.get("itemCount").asInt()).isZero();
        assertThat(order.get("mayPay").asBoolean()).isFalse();
        assertThat(inProcess.creditedOn(UUID.fromString(orderId)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.settlement()).isEqualTo("CANCELLED");
                    assertThat(c.amount().toString()).isEqualTo("40.24");
                });
        assertThat(log.first(clientId, "order-cancelled").get("outcome").asString())
                .isEqualTo("UNPAID_CANCELLED");
    }

    @Test
    void longNoticeRefundsInFullToTheCreditBalanceWithoutCardRefunds() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String orderId = paidOrder(clientId, appointmentId);

        peers.cancelled(appointmentId, clientId, "CLIENT", 72 * 60);
        awaitStatus(orderId, "REFUNDED");

        JsonNode order = order(orderId);
        assertThat(order.get("statusLabel").asString()).isEqualTo("Remboursée");
        assertThat(order.get("total").asString()).isEqualTo("40.24");
        assertThat(order.get("netTotal").asString()).isEqualTo("0.00");
        assertThat(order.get("itemCount").asInt()).isZero();
        assertThat(balance(clientId)).isEqualTo("40.24");
        assertThat(inProcess.creditedOn(UUID.fromString(orderId)))
                .singleElement()
                .satisfies(c -> assertThat(c.settlement()).isEqualTo("CREDITED_TO_BALANCE"));
        assertThat(log.first(clientId, "order-refunded").get("to").asString()).isEqualTo("CREDIT");
        assertThat(log.first(clientId, "credit-changed").get("balance").decimalValue())
                .isEqualByComparingTo("40.24");
    }

    @Test
    void longNoticeRefundsToTheCardItWasPaidWith() {
        cardRefunds.available.set(true);
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, appointmentId, 1, "35.00").get("id").asString();
        String intent = "pi_" + UUID.randomUUID();
        inTransaction(() -> orderPayments.cardPaymentSucceeded(
                UUID.fromString(orderId), Money.cad("40.24"), intent, Instant.now()));
        inTransaction(() -> orderPayments.cardPaymentSucceeded(
                UUID.fromString(orderId), Money.cad("40.24"), intent, Instant.now())); // replayed: recorded once
        assertThat(order(orderId).get("status").asString()).isEqualTo("PAID");
        assertThat(order(orderId).get("payments")).hasSize(1);

        peers.cancelled(appointmentId, clientId, "STAFF", 60);
        awaitStatus(orderId, "REFUNDED");

        assertThat(cardRefunds.refunds).contains(intent + " 40.24");
        assertThat(balance(clientId)).isEqualTo("0.00");
        assertThat(inProcess.creditedOn(UUID.fromString(orderId)))
                .singleElement()
                .satisfies(c -> assertThat(c.settlement()).isEqualTo("REFUNDED_TO_CARD"));
        assertThat(log.first(clientId, "order-refunded").get("to").asString()).isEqualTo("CARD");
    }

    @Test
    void mediumNoticeCreditsTheAccount() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String orderId = paidOrder(clientId, appointmentId);

        peers.cancelled(appointmentId, clientId, "CLIENT", 30 * 60);
        awaitStatus(orderId, "REFUNDED");

        assertThat(balance(clientId)).isEqualTo("40.24");
        assertThat(log.first(clientId, "order-cancelled").get("outcome").asString())
                .isEqualTo("CREDIT");
    }

    @Test
    void shortNoticeKeepsTheLateFeeAndCreditsTheRest() {
        UUID clientId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        String orderId = paidOrder(clientId, appointmentId);

        peers.cancelled(appointmentId, clientId, "CLIENT", 120);
        awaitStatus(orderId, "CANCELLED");

        JsonNode order = order(orderId);
        assertThat(order.get("amountRefunded").asString()).isEqualTo("20.12");
        assertThat(order.get("netTotal").asString()).isEqualTo("20.12");
        assertThat(balance(clientId)).isEqualTo("20.12");
        assertThat(inProcess.creditedOn(UUID.fromString(orderId)))
                .singleElement()
                .satisfies(c -> assertThat(c.amount().toString()).isEqualTo("20.12"));
        assertThat(log.first(clientId, "order-cancelled").get("outcome").asString())
                .isEqualTo("LATE_FEE");
    }

    private String paidOrder(UUID clientId, UUID appointmentId) {
        String orderId =
                bookedOrder(clientId, appointmentId, 1, "35.00").get("id").asString();
        assertThat(pay(orderId, staff, "INTERAC", "40.24").status()).isEqualTo(201);
        return orderId;
    }

    private String balance(UUID clientId) {
        return api.get("/api/payments/credit/" + clientId, client(clientId))
                .json()
                .get("balance")
                .asString();
    }
}
