package ca.clientele.billing.card;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.BillingEventLog;
import ca.clientele.billing.order.NewOrder;
import ca.clientele.billing.order.OrderKind;
import ca.clientele.billing.order.OrderLine;
import ca.clientele.billing.order.OrderPlacement;
import ca.clientele.billing.order.PlacedOrder;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A refund made in Stripe's dashboard (not through billing) reaches the order through the signed webhook, with the
 * real order side: the refund on the order, its credit note, REFUNDED once nothing is left, {@code order-refunded};
 * once per Stripe refund id, whichever event announces it ({@code refund.created}, {@code charge.refunded}), and
 * never a second time for a refund billing made itself. Stripe's API is WireMock ({@link StripeStub}).
 */
@ServiceIntegrationTest
class DashboardRefundIT {

    static final StripeStub stripe = StripeStub.INSTANCE;

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        CardIntegration.stripe(registry); // the same Stripe stub and keys, without the order-side double
    }

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderPlacement placement;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EmbeddedKafkaBroker broker;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private BillingEventLog log;
    private String staff;

    @BeforeEach
    void setUp() {
        stripe.reset();
        api = new ApiClient(port);
        log = new BillingEventLog(broker);
        staff = jwts.staff(UUID.randomUUID());
    }

    @AfterEach
    void tearDown() {
        log.close();
    }

    @Test
    void aDashboardRefundIsRecordedOnceWithItsCreditNoteAndTheOrderRefundedWhenNothingIsLeft() throws Exception {
        UUID clientId = UUID.randomUUID();
        PlacedOrder order = paidByCard(clientId, "pi_DashA");

        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_DashA1", "refund.created", StripeStub.refund("re_DashA1", "pi_DashA", 1000))))
                .isEqualTo(200);
        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_DashA2",
                        "charge.refunded",
                        chargeListing("pi_DashA", order, clientId, 1000, "re_DashA1"))))
                .as("the same refund, announced by the charge")
                .isEqualTo(200);
        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_DashA3", "refund.updated", StripeStub.refund("re_DashA1", "pi_DashA", 1000))))
                .as("and updated")
                .isEqualTo(200);

        assertThat(refunds(order)).containsExactly(new BigDecimal("10.00"));
        assertThat(creditNotes(order)).containsExactly(new BigDecimal("10.00"));
        assertThat(status(order)).isEqualTo("PAID");
        JsonNode partial = log.first(clientId, "order-refunded");
        assertThat(partial.get("amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(partial.get("to").asString()).isEqualTo("CARD");
        assertThat(partial.get("fully").asBoolean()).isFalse();

        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_DashA4", "refund.created", StripeStub.refund("re_DashA2", "pi_DashA", 3024))))
                .isEqualTo(200);

        assertThat(refunds(order)).containsExactly(new BigDecimal("10.00"), new BigDecimal("30.24"));
        assertThat(creditNotes(order)).containsExactly(new BigDecimal("10.00"), new BigDecimal("30.24"));
        assertThat(status(order)).isEqualTo("REFUNDED");
        assertThat(log.await(clientId, "order-refunded", 2).get(1).get("fully").asBoolean())
                .isTrue();
    }

    @Test
    void aRefundBillingMadeItselfIsNotRecordedASecondTimeByItsWebhook() throws Exception {
        UUID clientId = UUID.randomUUID();
        PlacedOrder order = paidByCard(clientId, "pi_Ours");
        String ours = StripeStub.refund("re_Ours", "pi_Ours", 4024)
                .replace("\"metadata\":{}", "\"metadata\":{\"clientele_origin\":\"billing-service\"}");
        stripe.reply("POST", "/v1/refunds", 200, ours);

        ApiClient.Response refunded = api.post("/api/orders/" + order.orderId() + "/refunds", staff, """
                {"amount": "40.24", "to": "CARD"}""");
        assertThat(refunded.status()).isBetween(200, 201);
        assertThat(CardPaymentsIT.form(stripe.requests("POST", "/v1/refunds").getFirst()))
                .contains("metadata[clientele_origin]=billing-service");

        assertThat(signedPost(StripeWebhookIT.event("evt_Ours1", "refund.created", ours)))
                .isEqualTo(200);
        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_Ours2", "refund.created", StripeStub.refund("re_Ours", "pi_Ours", 4024))))
                .as("even without our metadata, its id is on the order already")
                .isEqualTo(200);

        assertThat(refunds(order)).containsExactly(new BigDecimal("40.24"));
        assertThat(creditNotes(order)).containsExactly(new BigDecimal("40.24"));
        assertThat(status(order)).isEqualTo("REFUNDED");
    }

    @Test
    void aRefundOrAPaymentBillingDoesNotKnowIsAcknowledgedAndChangesNothing() throws Exception {
        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_Stranger1", "refund.created", StripeStub.refund("re_Stranger", "pi_Stranger", 500))))
                .isEqualTo(200);
        String unknownOrder = UUID.randomUUID().toString();
        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_Stranger2",
                        "payment_intent.succeeded",
                        StripeStub.paymentIntent(
                                "pi_Stranger",
                                "cus_X",
                                500,
                                "succeeded",
                                unknownOrder,
                                UUID.randomUUID().toString()))))
                .as("an order billing does not know: 200, so that Stripe does not retry for days")
                .isEqualTo(200);

        assertThat(jdbc.queryForObject(
                        "select count(*) from order_payment where payment_intent_id = 'pi_Stranger'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_payment_intent where payment_intent_id = 'pi_Stranger'",
                        Integer.class))
                .isZero();
    }

    private PlacedOrder paidByCard(UUID clientId, String paymentIntent) throws Exception {
        PlacedOrder order = transactions.execute(status -> placement.place(new NewOrder(
                clientId,
                OrderKind.IN_STORE,
                null,
                List.of(new OrderLine(
                        "Taille des griffes", "Nail trim", null, null, null, 1, Money.cad("35.00"), true)),
                UUID.randomUUID(),
                false)));
        assertThat(order.total()).isEqualTo(Money.cad("40.24"));
        assertThat(signedPost(StripeWebhookIT.event(
                        "evt_paid_" + paymentIntent,
                        "payment_intent.succeeded",
                        StripeStub.paymentIntent(
                                paymentIntent,
                                "cus_Dash",
                                4024,
                                "succeeded",
                                order.orderId().toString(),
                                clientId.toString()))))
                .isEqualTo(200);
        assertThat(status(order)).isEqualTo("PAID");
        return order;
    }

    /** A charge.refunded whose charge lists its refunds (Stripe includes them when expanded). */
    private static String chargeListing(
            String paymentIntent, PlacedOrder order, UUID clientId, long refunded, String refundId) {
        return StripeStub.charge(
                        "ch_" + paymentIntent,
                        paymentIntent,
                        4024,
                        refunded,
                        order.orderId().toString(),
                        clientId.toString())
                .replaceFirst(
                        "^\\{",
                        "{\"refunds\":{\"object\":\"list\",\"data\":["
                                + StripeStub.refund(refundId, paymentIntent, refunded)
                                + "]},");
    }

    private List<BigDecimal> refunds(PlacedOrder order) {
        return jdbc.queryForList(
                "select amount from order_payment where order_id = ? and direction = 'REFUND' order by recorded_at",
                BigDecimal.class,
                order.orderId());
    }

    private List<BigDecimal> creditNotes(PlacedOrder order) {
        return jdbc.queryForList(
                "select total from credit_note where order_id = ? order by issued_at, number",
                BigDecimal.class,
                order.orderId());
    }

    private String status(PlacedOrder order) {
        ApiClient.Response response = api.get("/api/orders/" + order.orderId(), staff);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("status").asString();
    }

    private int signedPost(String payload) throws Exception {
        String signature = StripeWebhookIT.signature(
                payload, StripeStub.WEBHOOK_SECRET, Instant.now().getEpochSecond());
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/stripe"))
                                .header("Content-Type", "application/json; charset=utf-8")
                                .header("Stripe-Signature", signature)
                                .POST(HttpRequest.BodyPublishers.ofString(payload))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
