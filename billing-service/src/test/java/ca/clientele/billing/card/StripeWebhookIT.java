package ca.clientele.billing.card;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.OrderPayments.PayableOrder;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stripe's webhooks: signed on the raw body, processed once per event id, safe in any order, and an order paid only
 * when Stripe says its PaymentIntent succeeded — never twice.
 */
class StripeWebhookIT extends CardIntegration {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    MeterRegistry meters;

    @Test
    void anUnsignedWronglySignedOrStaleEventIsRefusedAndChangesNothing() throws Exception {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        String event = event(
                "evt_Forged", "payment_intent.succeeded", intent("pi_Forged", order, clientId, 4024, "succeeded"));
        long now = Instant.now().getEpochSecond();

        assertThat(post(event, null)).isEqualTo(400);
        assertThat(post(event, signature(event, "whsec_someone_else", now))).isEqualTo(400);
        assertThat(post(event, signature(event, StripeStub.WEBHOOK_SECRET, now - 3600)))
                .isEqualTo(400);
        String tampered = event.replace("4024", "1");
        assertThat(post(tampered, signature(event, StripeStub.WEBHOOK_SECRET, now)))
                .isEqualTo(400);

        assertThat(orders.recordedFor(order.orderId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from processed_event where event_id = 'evt_Forged'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_payment_intent where payment_intent_id = 'pi_Forged'",
                        Integer.class))
                .isZero();
    }

    @Test
    void aSucceededPaymentIntentPaysTheOrderOnceEvenWhenStripeRepeatsIt() throws Exception {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        String succeeded =
                event("evt_Paid1", "payment_intent.succeeded", intent("pi_Paid1", order, clientId, 4024, "succeeded"));

        assertThat(signedPost(succeeded)).isEqualTo(200);
        assertThat(signedPost(succeeded)).as("the same event again").isEqualTo(200);
        String other = event(
                "evt_Paid1bis", "payment_intent.succeeded", intent("pi_Paid1", order, clientId, 4024, "succeeded"));
        assertThat(signedPost(other)).as("another event about the same intent").isEqualTo(200);

        assertThat(orders.recordedFor(order.orderId())).singleElement().satisfies(recorded -> {
            assertThat(recorded.amount()).isEqualTo(Money.cad("40.24"));
            assertThat(recorded.paymentIntentId()).isEqualTo("pi_Paid1");
            assertThat(recorded.at()).isEqualTo(Instant.ofEpochSecond(1764640000));
        });
        assertThat(jdbc.queryForObject(
                        "select payment_recorded from card_payment_intent where payment_intent_id = 'pi_Paid1'",
                        Boolean.class))
                .isTrue();
        assertThat(stripe.posts()).as("nothing refunded").isEmpty();
    }

    @Test
    void aLateFailureNeverUndoesASuccess() throws Exception {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");

        assertThat(signedPost(event(
                        "evt_Late1",
                        "payment_intent.succeeded",
                        intent("pi_Late1", order, clientId, 4024, "succeeded"))))
                .isEqualTo(200);
        assertThat(signedPost(event(
                        "evt_Late2",
                        "payment_intent.payment_failed",
                        intent("pi_Late1", order, clientId, 4024, "requires_payment_method"))))
                .isEqualTo(200);

        assertThat(jdbc.queryForObject(
                        "select status from card_payment_intent where payment_intent_id = 'pi_Late1'", String.class))
                .isEqualTo("succeeded");
        assertThat(orders.recordedFor(order.orderId())).hasSize(1);
    }

    @Test
    void aFailureBeforeTheSuccessIsOvertakenByIt() throws Exception {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        double failedBefore = failedCardPayments();

        assertThat(signedPost(event(
                        "evt_Retry1",
                        "payment_intent.payment_failed",
                        intent("pi_Retry1", order, clientId, 4024, "requires_payment_method"))))
                .isEqualTo(200);
        assertThat(orders.recordedFor(order.orderId())).isEmpty();
        // clientele_payments_total{outcome="failed",method="card"} (docs/observability.md), once per Stripe event.
        assertThat(failedCardPayments()).isEqualTo(failedBefore + 1);
        assertThat(signedPost(event(
                        "evt_Retry2",
                        "payment_intent.succeeded",
                        intent("pi_Retry1", order, clientId, 4024, "succeeded"))))
                .isEqualTo(200);

        assertThat(jdbc.queryForObject(
                        "select status from card_payment_intent where payment_intent_id = 'pi_Retry1'", String.class))
                .isEqualTo("succeeded");
        assertThat(orders.recordedFor(order.orderId())).hasSize(1);
    }

    @Test
    void aRefundAnnouncedBeforeTheSuccessIsKeptAndThePaymentStillRecorded() throws Exception {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        String orderId = order.orderId().toString();

        assertThat(signedPost(event(
                        "evt_Early1",
                        "charge.refunded",
                        StripeStub.charge("ch_Early1", "pi_Early1", 4024, 1000, orderId, clientId.toString()))))
                .isEqualTo(200);
        assertThat(signedPost(event(
                        "evt_Early2",
                        "payment_intent.succeeded",
                        intent("pi_Early1", order, clientId, 4024, "succeeded"))))
                .isEqualTo(200);
        assertThat(signedPost(event(
                        "evt_Early3",
                        "charge.refunded",
                        StripeStub.charge("ch_Early1", "pi_Early1", 4024, 500, orderId, clientId.toString()))))
                .isEqualTo(200);

        assertThat(orders.recordedFor(order.orderId())).hasSize(1);
        assertThat(jdbc.queryForMap(
                        "select status, refunded_cents from card_payment_intent where payment_intent_id = 'pi_Early1'"))
                .containsEntry("status", "succeeded")
                .containsEntry("refunded_cents", 1000L);
    }

    @Test
    void aSecondChargeForAnOrderAlreadyPaidIsRefundedSoTheClientIsChargedOnce() throws Exception {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        stripe.reply("POST", "/v1/refunds", 200, StripeStub.refund("re_Twice", "pi_Second", 4024));

        assertThat(signedPost(event(
                        "evt_First",
                        "payment_intent.succeeded",
                        intent("pi_First", order, clientId, 4024, "succeeded"))))
                .isEqualTo(200);
        assertThat(signedPost(event(
                        "evt_Second",
                        "payment_intent.succeeded",
                        intent("pi_Second", order, clientId, 4024, "succeeded"))))
                .isEqualTo(200);

        assertThat(orders.recordedFor(order.orderId()))
                .singleElement()
                .satisfies(recorded -> assertThat(recorded.paymentIntentId()).isEqualTo("pi_First"));
        var refund = stripe.requests("POST", "/v1/refunds").getFirst();
        assertThat(CardPaymentsIT.form(refund)).contains("payment_intent=pi_Second", "amount=4024");
        assertThat(refund.getHeader("Idempotency-Key")).isEqualTo("excess-pi_Second");
        assertThat(jdbc.queryForObject(
                        "select refunded_cents from card_payment_intent where payment_intent_id = 'pi_Second'",
                        Long.class))
                .isEqualTo(4024L);
    }

    @Test
    void eventsThatAreNotAboutOurOrdersAreAcknowledgedAndIgnored() throws Exception {
        assertThat(signedPost(
                        event("evt_Setup", "setup_intent.succeeded", StripeStub.setupIntent("seti_Done", "cus_Any"))))
                .isEqualTo(200);
        assertThat(signedPost(event("evt_Customer", "customer.created", StripeStub.customer("cus_Any"))))
                .isEqualTo(200);
        assertThat(orders.recorded).noneMatch(r -> r.paymentIntentId().startsWith("seti"));
    }

    @Test
    void theWebhookNeedsNoTokenWhileTheCardApiStillDoes() throws Exception {
        assertThat(api.get("/api/payment-methods", null).status()).isEqualTo(401);
        assertThat(api.post("/api/payments/card-intents", null, "{}").status()).isEqualTo(401);
        assertThat(api.get("/webhooks/stripe", null).status())
                .as("only POST is public")
                .isEqualTo(401);
    }

    private String intent(String id, PayableOrder order, UUID clientId, long amount, String status) {
        return StripeStub.paymentIntent(
                id, "cus_Hook", amount, status, order.orderId().toString(), clientId.toString());
    }

    static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":1764640000,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",
                 "data":{"object":%s}}""".formatted(id, Stripe.API_VERSION, type, object);
    }

    static String signature(String payload, String secret, long timestamp) throws Exception {
        return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
    }

    private int signedPost(String payload) throws Exception {
        return post(
                payload,
                signature(payload, StripeStub.WEBHOOK_SECRET, Instant.now().getEpochSecond()));
    }

    private int post(String payload, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/webhooks/stripe"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private double failedCardPayments() {
        Counter counter = meters.find("clientele.payments")
                .tags("outcome", "failed", "method", "card")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
