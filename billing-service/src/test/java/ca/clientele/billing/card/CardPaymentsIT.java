package ca.clientele.billing.card;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.CardRefunds;
import ca.clientele.billing.payment.OrderPayments.PayableOrder;
import ca.clientele.platform.testing.ApiClient;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Saved cards and paying an order by card, through the real stripe-java client against the Stripe stub. */
class CardPaymentsIT extends CardIntegration {

    @Autowired
    CardRefunds refunds;

    @Test
    void availabilityGivesTheBrowserThePublishableKeyAndStripeJs() {
        ApiClient.Response answer = api.get("/api/payment-methods/availability", client(UUID.randomUUID()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("available").asBoolean()).isTrue();
        assertThat(answer.json().get("publishableKey").asString()).isEqualTo(StripeStub.PUBLISHABLE_KEY);
        assertThat(answer.json().get("jsUrl").asString()).startsWith("https://js.stripe.com/");
        assertThat(refunds.available()).isTrue();
    }

    @Test
    void addingACardCreatesOneStripeCustomerPerClientAndASetupIntent() {
        UUID clientId = UUID.randomUUID();
        stripe.reply("POST", "/v1/customers", 200, StripeStub.customer("cus_Add1"));
        stripe.reply("POST", "/v1/setup_intents", 200, StripeStub.setupIntent("seti_Add1", "cus_Add1"));

        ApiClient.Response first = api.post("/api/payment-methods/setup-intents", client(clientId), "{}");
        ApiClient.Response second = api.post("/api/payment-methods/setup-intents", client(clientId), "{}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("clientSecret").asString()).isEqualTo("seti_Add1_secret_stub");
        assertThat(first.json().get("publishableKey").asString()).isEqualTo(StripeStub.PUBLISHABLE_KEY);
        assertThat(second.status()).isEqualTo(201);
        List<LoggedRequest> customers = stripe.requests("POST", "/v1/customers");
        assertThat(customers).as("one Customer per client").hasSize(1);
        assertThat(form(customers.getFirst())).contains("metadata[client_id]=" + clientId);
        assertThat(form(stripe.requests("POST", "/v1/setup_intents").getFirst()))
                .contains("customer=cus_Add1", "usage=off_session", "payment_method_types[0]=card");
        assertThat(customerOf(clientId)).isEqualTo("cus_Add1");
        everyWriteCarriesAnIdempotencyKey();
        assertThat(stripe.requests("POST", "/v1/customers").getFirst().getHeader("Authorization"))
                .isEqualTo("Bearer " + StripeStub.SECRET_KEY);
    }

    @Test
    void aClientListsAndRemovesTheirCardsButAnotherClientsCardIsNotFound() {
        UUID owner = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        jdbc.update(
                "insert into card_customer (client_id, stripe_customer_id) values (?, 'cus_Own'), (?, 'cus_Other')",
                owner,
                other);
        stripe.reply(
                "GET",
                "/v1/customers/cus_Own/payment_methods",
                200,
                StripeStub.list(
                        "/v1/customers/cus_Own/payment_methods",
                        StripeStub.card("pm_Visa", "cus_Own", "visa", "4242")));
        stripe.reply(
                "GET",
                "/v1/customers/cus_Own/payment_methods/pm_Visa",
                200,
                StripeStub.card("pm_Visa", "cus_Own", "visa", "4242"));
        stripe.reply(
                "GET",
                "/v1/customers/cus_Other/payment_methods/pm_Visa",
                404,
                StripeStub.missing("PaymentMethod", "pm_Visa"));
        stripe.reply(
                "POST", "/v1/payment_methods/pm_Visa/detach", 200, StripeStub.card("pm_Visa", "null", "visa", "4242"));

        ApiClient.Response list = api.get("/api/payment-methods", client(owner));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .isEqualTo(
                        "[{\"id\":\"pm_Visa\",\"brand\":\"visa\",\"last4\":\"4242\",\"expMonth\":12,\"expYear\":2030}]");

        ApiClient.Response stranger = api.send("DELETE", "/api/payment-methods/pm_Visa", client(other), null, null);
        assertThat(stranger.status()).isEqualTo(404);
        ApiClient.Response nobody =
                api.send("DELETE", "/api/payment-methods/pm_Visa", client(UUID.randomUUID()), null, null);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(stripe.requests("POST", "/v1/payment_methods/pm_Visa/detach"))
                .isEmpty();

        ApiClient.Response removed = api.send("DELETE", "/api/payment-methods/pm_Visa", client(owner), null, null);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(stripe.requests("POST", "/v1/payment_methods/pm_Visa/detach"))
                .hasSize(1);
        everyWriteCarriesAnIdempotencyKey();
    }

    @Test
    void staffSeeAClientsSavedCardsBrandLast4AndExpiryOnlyAndAnotherClientGetsNotFound() {
        UUID owner = UUID.randomUUID();
        jdbc.update("insert into card_customer (client_id, stripe_customer_id) values (?, 'cus_Staff')", owner);
        stripe.reply(
                "GET",
                "/v1/customers/cus_Staff/payment_methods",
                200,
                StripeStub.list(
                        "/v1/customers/cus_Staff/payment_methods",
                        StripeStub.card("pm_Seen", "cus_Staff", "mastercard", "4444")));

        ApiClient.Response seen = api.get("/api/payment-methods/clients/" + owner, jwts.staff(UUID.randomUUID()));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body())
                .as("no Stripe id, nothing but brand, last 4 and expiry")
                .isEqualTo("[{\"brand\":\"mastercard\",\"last4\":\"4444\",\"expMonth\":12,\"expYear\":2030}]");

        assertThat(api.get("/api/payment-methods/clients/" + owner, client(UUID.randomUUID()))
                        .status())
                .as("another client's cards")
                .isEqualTo(404);
        assertThat(api.get("/api/payment-methods/clients/" + owner, null).status())
                .isEqualTo(401);
    }

    @Test
    void aClientWithoutACustomerHasNoCardsAndStripeIsNotAsked() {
        ApiClient.Response list = api.get("/api/payment-methods", client(UUID.randomUUID()));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[]");
        assertThat(stripe.posts()).isEmpty();
    }

    @Test
    void payingAnOrderCreatesAPaymentIntentForWhatIsDueWithTheOrderInItsMetadata() {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        stripe.reply("POST", "/v1/customers", 200, StripeStub.customer("cus_Pay1"));
        stripe.reply(
                "POST",
                "/v1/payment_intents",
                200,
                StripeStub.paymentIntent(
                        "pi_Pay1",
                        "cus_Pay1",
                        4024,
                        "requires_payment_method",
                        order.orderId().toString(),
                        clientId.toString()));

        ApiClient.Response answer = api.post(
                "/api/payments/card-intents",
                client(clientId),
                "{\"orderId\":\"" + order.orderId() + "\",\"saveCard\":true}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("paymentIntentId").asString()).isEqualTo("pi_Pay1");
        assertThat(answer.json().get("clientSecret").asString()).isEqualTo("pi_Pay1_secret_stub");
        assertThat(answer.json().get("amount").asString()).isEqualTo("40.24");
        assertThat(form(stripe.requests("POST", "/v1/payment_intents").getFirst()))
                .contains(
                        "amount=4024",
                        "currency=cad",
                        "customer=cus_Pay1",
                        "setup_future_usage=off_session",
                        "metadata[order_id]=" + order.orderId(),
                        "metadata[client_id]=" + clientId);
        assertThat(jdbc.queryForObject(
                        "select status from card_payment_intent where payment_intent_id = 'pi_Pay1'", String.class))
                .isEqualTo("requires_payment_method");
        assertThat(orders.recordedFor(order.orderId()))
                .as("paid only when Stripe says so")
                .isEmpty();
        everyWriteCarriesAnIdempotencyKey();

        ApiClient.Response status = api.get("/api/payments/card-intents/pi_Pay1", client(clientId));
        assertThat(status.json().get("recorded").asBoolean()).isFalse();
        assertThat(api.get("/api/payments/card-intents/pi_Pay1", client(UUID.randomUUID()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void twoPayAttemptsAtOnceAskStripeWithOneIdempotencyKeyAndKeepOnePaymentIntent() throws Exception {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        stripe.reply("POST", "/v1/customers", 200, StripeStub.customer("cus_Twice"));
        stripe.reply(
                "POST",
                "/v1/payment_intents",
                200,
                StripeStub.paymentIntent(
                        "pi_Twice",
                        "cus_Twice",
                        4024,
                        "requires_payment_method",
                        order.orderId().toString(),
                        clientId.toString()));
        String token = client(clientId);
        String body = "{\"orderId\":\"" + order.orderId() + "\"}";
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<ApiClient.Response>> attempts = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new ApiClient(port).post("/api/payments/card-intents", token, body);
                }))
                .toList();
        start.countDown();

        for (CompletableFuture<ApiClient.Response> attempt : attempts) {
            assertThat(attempt.get().status()).isEqualTo(201);
            assertThat(attempt.get().json().get("paymentIntentId").asString()).isEqualTo("pi_Twice");
        }
        List<String> keys = stripe.requests("POST", "/v1/payment_intents").stream()
                .map(r -> r.getHeader("Idempotency-Key"))
                .toList();
        assertThat(keys).hasSize(2).doesNotContainNull();
        assertThat(keys.get(0)).as("Stripe makes one PaymentIntent of both").isEqualTo(keys.get(1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_payment_intent where order_id = ?", Integer.class, order.orderId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_customer where client_id = ?", Integer.class, clientId))
                .isEqualTo(1);
    }

    @Test
    void aSavedCardMustBeTheClientsOwn() {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.add(clientId, "40.24");
        jdbc.update("insert into card_customer (client_id, stripe_customer_id) values (?, 'cus_NotMine')", clientId);
        stripe.reply(
                "GET",
                "/v1/customers/cus_NotMine/payment_methods/pm_Stolen",
                404,
                StripeStub.missing("PaymentMethod", "pm_Stolen"));

        ApiClient.Response answer = api.post(
                "/api/payments/card-intents",
                client(clientId),
                "{\"orderId\":\"" + order.orderId() + "\",\"paymentMethodId\":\"pm_Stolen\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(stripe.requests("POST", "/v1/payment_intents")).isEmpty();
    }

    @Test
    void aSuspendedClientCannotPayOnlineAndIsToldWhy() {
        UUID clientId = UUID.randomUUID();
        PayableOrder order = orders.addRefused(clientId, "40.24", "card.client-blocked");

        ApiClient.Response answer =
                api.post("/api/payments/card-intents", client(clientId), "{\"orderId\":\"" + order.orderId() + "\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("detail").asString()).contains("Votre compte est suspendu");
        assertThat(stripe.posts()).isEmpty();
    }

    @Test
    void anotherClientsOrderIsNotFoundAndStaffDoNotPayOnline() {
        PayableOrder order = orders.add(UUID.randomUUID(), "40.24");
        String body = "{\"orderId\":\"" + order.orderId() + "\"}";

        assertThat(api.post("/api/payments/card-intents", client(UUID.randomUUID()), body)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/payments/card-intents", jwts.staff(UUID.randomUUID()), body)
                        .status())
                .isEqualTo(403);
        assertThat(stripe.posts()).isEmpty();
    }

    @Test
    void badInputIsAProblemAndNothingIsStored() {
        ApiClient.Response answer = api.post(
                "/api/payments/card-intents", client(UUID.randomUUID()), "{\"paymentMethodId\":\"pm_<script>\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("orderId", "paymentMethodId");
        assertThat(stripe.posts()).isEmpty();
    }

    @Test
    void stripeDownSaysCardPaymentIsUnavailableInWords() {
        UUID clientId = UUID.randomUUID();
        stripe.reply(
                "POST",
                "/v1/customers",
                500,
                "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong on Stripe's end.\"}}");

        ApiClient.Response fr = api.post("/api/payment-methods/setup-intents", client(clientId), "{}");

        assertThat(fr.status()).isEqualTo(503);
        assertThat(fr.json().get("detail").asString())
                .startsWith("Le paiement par carte n'est pas offert pour le moment");
        assertThat(customerOf(clientId)).isNull();
    }

    @Test
    void aRefundGoesToStripeWithTheCallersIdempotencyKey() {
        stripe.reply("POST", "/v1/refunds", 200, StripeStub.refund("re_Back1", "pi_Paid1", 1000));

        String refundId = refunds.refund("pi_Paid1", Money.cad("10.00"), "refund-order-1514-1");

        assertThat(refundId).isEqualTo("re_Back1");
        LoggedRequest request = stripe.requests("POST", "/v1/refunds").getFirst();
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("refund-order-1514-1");
        assertThat(form(request)).contains("payment_intent=pi_Paid1", "amount=1000");
    }

    private String client(UUID id) {
        return jwts.client(id, null, null, null);
    }

    private String customerOf(UUID clientId) {
        return jdbc
                .queryForList(
                        "select stripe_customer_id from card_customer where client_id = ?", String.class, clientId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private void everyWriteCarriesAnIdempotencyKey() {
        assertThat(stripe.posts())
                .isNotEmpty()
                .allSatisfy(post -> assertThat(post.getHeader("Idempotency-Key"))
                        .as(post.getUrl())
                        .isNotBlank());
    }

    static String form(LoggedRequest request) {
        return URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
    }
}
