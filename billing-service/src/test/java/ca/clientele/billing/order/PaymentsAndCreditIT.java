package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.web.DomainRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff payments and refunds, the credit ledger and paying from it, under concurrency and bad input: two concurrent
 * payments of one order charge it once; the balance never goes below zero; refused input stores nothing; staff's
 * free texts are encrypted at rest.
 */
class PaymentsAndCreditIT extends OrderTestBase {

    @Autowired
    OrderPlacement placement;

    @Test
    void staffAdjustCreditWithAReasonAndTheClientPaysFromIt() {
        UUID clientId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString();
        String path = "/api/payments/credit/" + clientId;

        assertThat(api.post(path + "/adjustments", client(clientId), "{\"amount\": \"50.00\", \"reason\": \"x\"}")
                        .status())
                .isEqualTo(403);
        ApiClient.Response noReason =
                api.post(path + "/adjustments", staff, "{\"amount\": \"50.00\", \"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api.post(path + "/adjustments", staff, "{\"amount\": \"50.001\", \"reason\": \"Geste commercial\"}")
                        .status())
                .isEqualTo(400);
        ApiClient.Response tooMuchBack =
                api.post(path + "/adjustments", staff, "{\"amount\": \"-1.00\", \"reason\": \"Correction\"}");
        assertThat(tooMuchBack.status()).isEqualTo(422);
        assertThat(tooMuchBack.json().get("detail").asString()).startsWith("Le solde créditeur ne suffit pas");
        assertThat(jdbc.sql("select count(*) from credit_entry where client_id = ?")
                        .param(clientId)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(api.post(
                                path + "/adjustments",
                                staff,
                                "{\"amount\": \"30.00\", \"reason\": \"Geste commercial Tremblay\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.get(path, client(UUID.randomUUID())).status()).isEqualTo(404);
        JsonNode balance = api.get(path, client(clientId)).json();
        assertThat(balance.get("balance").asString()).isEqualTo("30.00");
        assertThat(balance.get("entries").get(0).get("reason").asString()).isEqualTo("Geste commercial Tremblay");

        ApiClient.Response over = pay(orderId, client(clientId), "CREDIT", "40.24");
        assertThat(over.status()).isEqualTo(422);
        assertThat(pay(orderId, client(clientId), "CREDIT", "30.00").status()).isEqualTo(201);
        JsonNode order = order(orderId);
        assertThat(order.get("amountDue").asString()).isEqualTo("10.24");
        JsonNode after = api.get(path, client(clientId)).json();
        assertThat(after.get("balance").asString()).isEqualTo("0.00");
        assertThat(after.get("entries").get(0).get("amount").asString()).isEqualTo("-30.00");
        assertThat(after.get("entries").get(0).get("kind").asString()).isEqualTo("PAYMENT");

        byte[] reason = jdbc.sql("select reason from credit_entry where client_id = ? and kind = 'ADJUSTMENT'")
                .param(clientId)
                .query(byte[].class)
                .single();
        assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("Tremblay");
    }

    @Test
    void twoConcurrentPaymentsOfOneOrderChargeItOnce() throws Exception {
        UUID clientId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString();
        awaitInvoiceIssued(orderId);
        int attempts = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return pay(orderId, staff, "CASH", "40.24").status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 409 || s == 422);
        }
        assertThat(order(orderId).get("amountPaid").asString()).isEqualTo("40.24");
        assertThat(jdbc.sql("select count(*) from order_payment where order_id = ?::uuid")
                        .param(orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void twoConcurrentCreditPaymentsNeverOverdrawTheBalance() throws Exception {
        UUID clientId = UUID.randomUUID();
        String first =
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString();
        String second =
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString();
        awaitInvoiceIssued(first);
        awaitInvoiceIssued(second);
        api.post(
                "/api/payments/credit/" + clientId + "/adjustments",
                staff,
                "{\"amount\": \"50.00\", \"reason\": \"Avoir\"}");
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return pay(first, client(clientId), "CREDIT", "40.24").status();
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return pay(second, client(clientId), "CREDIT", "40.24").status();
            });
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 422);
        }
        assertThat(api.get("/api/payments/credit/" + clientId, client(clientId))
                        .json()
                        .get("balance")
                        .asString())
                .isEqualTo("9.76");
    }

    @Test
    void staffRefundPartOfAPaymentToCreditThenTheRestByHand() {
        UUID clientId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString();
        assertThat(pay(orderId, staff, "INTERAC", "40.24").status()).isEqualTo(201);
        String refunds = "/api/orders/" + orderId + "/refunds";

        assertThat(api.post(refunds, client(clientId), "{\"amount\": \"10.00\", \"to\": \"CREDIT\"}")
                        .status())
                .isEqualTo(403);
        ApiClient.Response toCard = api.post(refunds, staff, "{\"amount\": \"10.00\", \"to\": \"CARD\"}");
        assertThat(toCard.status()).isEqualTo(422);
        assertThat(api.post(refunds, staff, "{\"amount\": \"50.00\", \"to\": \"CREDIT\"}")
                        .status())
                .isEqualTo(422);
        assertThat(api.post(refunds, staff, "{\"amount\": \"-1\", \"to\": \"CREDIT\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post(refunds, staff, "{\"amount\": \"1\", \"to\": \"PAYPAL\"}")
                        .status())
                .isEqualTo(400);
        assertThat(order(orderId).get("amountRefunded").asString()).isEqualTo("0.00");

        assertThat(api.post(refunds, staff, "{\"amount\": \"10.00\", \"to\": \"CREDIT\", \"reason\": \"Retard\"}")
                        .status())
                .isEqualTo(201);
        JsonNode partly = order(orderId);
        assertThat(partly.get("status").asString()).isEqualTo("PAID");
        assertThat(partly.get("netTotal").asString()).isEqualTo("30.24");
        assertThat(api.post(refunds, staff, "{\"amount\": \"30.24\", \"to\": \"INTERAC\", \"reference\": \"CA12345\"}")
                        .status())
                .isEqualTo(201);
        JsonNode refunded = order(orderId);
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(refunded.get("netTotal").asString()).isEqualTo("0.00");
        assertThat(refunded.get("itemCount").asInt()).isZero();
        assertThat(inProcess.creditedOn(UUID.fromString(orderId)))
                .extracting(c -> c.settlement() + " " + c.amount())
                .containsExactly("CREDITED_TO_BALANCE 10.00", "REFUNDED_MANUALLY 30.24");
        assertThat(log.await(clientId, "order-refunded", 2).get(1).get("fully").asBoolean())
                .isTrue();
        byte[] reference = jdbc.sql(
                        "select reference from order_payment where order_id = ?::uuid and direction = 'PAYMENT'")
                .param(orderId)
                .query(byte[].class)
                .single();
        assertThat(new String(reference, StandardCharsets.ISO_8859_1)).doesNotContain("lea@example.com");
    }

    @Test
    void badPaymentsAreProblemsAndStoreNothing() {
        UUID clientId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString();
        String path = "/api/orders/" + orderId + "/payments";
        ApiClient.Response cents = api.post(path, staff, "{\"method\": \"CASH\", \"amount\": \"1.234\"}");
        assertThat(cents.status()).isEqualTo(400);
        assertThat(cents.isProblem()).isTrue();
        assertThat(cents.json().get("errors").get(0).get("message").asString()).contains("cents");
        assertThat(api.post(path, staff, "{\"method\": \"BITCOIN\", \"amount\": \"1.00\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post(path, staff, "{\"amount\": \"1.00\"}").status()).isEqualTo(400);
        assertThat(api.post(path, staff, "{\"method\": \"CARD\", \"amount\": \"1.00\"}")
                        .status())
                .isEqualTo(422);
        assertThat(api.post(
                                "/api/orders/" + UUID.randomUUID() + "/payments",
                                staff,
                                "{\"method\": \"CASH\", \"amount\": \"1.00\"}")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from order_payment where order_id = ?::uuid")
                        .param(orderId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aShopOrderIsPlacedWithoutAnAppointmentAndCancelledWhileUnpaid() {
        UUID clientId = UUID.randomUUID();
        OrderLine shampoo =
                new OrderLine("Shampoing", "Shampoo", null, UUID.randomUUID(), null, 2, Money.cad("12.50"), true);
        OrderLine food =
                new OrderLine("Nourriture", "Food", null, UUID.randomUUID(), null, 1, Money.cad("20.00"), false);
        PlacedOrder placed = transactions.execute(status ->
                placement.place(new NewOrder(clientId, OrderKind.SHOP, null, List.of(shampoo, food), clientId, true)));
        // 25.00 taxable → GST 1.25, QST 2.49; food 20.00 untaxed → 48.74
        assertThat(placed.total().toString()).isEqualTo("48.74");
        assertThat(placed.number()).isGreaterThanOrEqualTo(1500);
        String orderId = placed.orderId().toString();
        assertThat(log.first(clientId, "order-placed").get("kind").asString()).isEqualTo("SHOP");

        assertThat(api.post("/api/orders/" + orderId + "/cancel", client(UUID.randomUUID()), "{}")
                        .status())
                .isEqualTo(404);
        ApiClient.Response cancelled = api.post("/api/orders/" + orderId + "/cancel", client(clientId), "{}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.post("/api/orders/" + orderId + "/cancel", client(clientId), "{}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aSuspendedClientCannotBuyNorPayFromCreditButStaffStillRecordPayments() {
        UUID clientId = UUID.randomUUID();
        String orderId =
                bookedOrder(clientId, UUID.randomUUID(), 1, "35.00").get("id").asString();
        peers.statusChanged(clientId, "ACTIVE", "SUSPENDED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from customer where client_id = ? and status = 'SUSPENDED'")
                                .param(clientId)
                                .query(Long.class)
                                .single()
                        == 1);
        OrderLine item = new OrderLine("Jouet", "Toy", null, UUID.randomUUID(), null, 1, Money.cad("5.00"), true);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                        placement.place(new NewOrder(clientId, OrderKind.SHOP, null, List.of(item), clientId, true))))
                .isInstanceOf(DomainRuleException.class)
                .hasMessageContaining("order.client-may-not-buy");
        ApiClient.Response own = pay(orderId, client(clientId), "CREDIT", "1.00");
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().get("detail").asString()).contains("suspendu");
        assertThat(pay(orderId, staff, "CASH", "40.24").status()).isEqualTo(201);
    }
}
