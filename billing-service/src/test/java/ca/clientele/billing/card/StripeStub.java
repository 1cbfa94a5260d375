package ca.clientele.billing.card;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * Stripe's API as the tests see it: WireMock on a loopback port answering Stripe-shaped JSON (the shapes of Stripe's
 * OpenAPI description: objects with {@code id}, {@code object}, lists with {@code data}, errors under {@code error}),
 * driven by the real stripe-java client. One server per test JVM, so that the Spring context is cached.
 */
final class StripeStub {

    static final StripeStub INSTANCE = new StripeStub();

    static final String SECRET_KEY = "sk_test_stub";
    static final String PUBLISHABLE_KEY = "pk_test_stub";
    static final String WEBHOOK_SECRET = "whsec_test_stub";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    private StripeStub() {
        server.start();
    }

    String url() {
        return server.baseUrl();
    }

    void reset() {
        server.resetAll();
    }

    void reply(String method, String path, int status, String json) {
        server.stubFor(request(method, urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_stub")
                        .withBody(json)));
    }

    void replyMatching(String method, String pathRegex, int status, String json) {
        server.stubFor(request(method, urlPathMatching(pathRegex))
                .atPriority(50)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }

    /** Every request to {@code path}, oldest first. */
    List<LoggedRequest> requests(String method, String path) {
        return server.getAllServeEvents().reversed().stream()
                .map(event -> event.getRequest())
                .filter(r -> r.getMethod().getName().equals(method)
                        && r.getUrl().split("\\?")[0].equals(path))
                .toList();
    }

    /** Every POST so far (writes: each must carry an Idempotency-Key). */
    List<LoggedRequest> posts() {
        return server.findAll(postRequestedFor(anyUrl()));
    }

    static String customer(String id) {
        return """
                {"id":"%s","object":"customer","created":1764640000,"livemode":false,"balance":0,"currency":null,
                 "email":null,"name":null,"metadata":{},"invoice_settings":{"default_payment_method":null}}""".formatted(id);
    }

    static String setupIntent(String id, String customer) {
        return """
                {"id":"%1$s","object":"setup_intent","client_secret":"%1$s_secret_stub","customer":"%2$s",
                 "created":1764640000,"livemode":false,"payment_method":null,"payment_method_types":["card"],
                 "status":"requires_payment_method","usage":"off_session","metadata":{}}""".formatted(id, customer);
    }

    static String card(String id, String customer, String brand, String last4) {
        return """
                {"id":"%s","object":"payment_method","type":"card","customer":"%s","created":1764640000,
                 "livemode":false,"billing_details":{"address":{"postal_code":"H2X 1K4"},"email":null,"name":null},
                 "card":{"brand":"%s","last4":"%s","exp_month":12,"exp_year":2030,"country":"CA","funding":"credit",
                 "checks":{"cvc_check":"pass"}},"metadata":{}}""".formatted(id, customer, brand, last4);
    }

    static String list(String url, String... items) {
        return """
                {"object":"list","url":"%s","has_more":false,"data":[%s]}""".formatted(url, String.join(",", items));
    }

    static String missing(String what, String id) {
        return """
                {"error":{"code":"resource_missing","doc_url":"https://stripe.com/docs/error-codes/resource-missing",
                 "message":"No such %s: '%s'","param":"id","type":"invalid_request_error"}}""".formatted(what, id);
    }

    static String paymentIntent(
            String id, String customer, long amount, String status, String orderId, String clientId) {
        return """
                {"id":"%1$s","object":"payment_intent","amount":%3$d,"amount_received":%4$d,"currency":"cad",
                 "client_secret":"%1$s_secret_stub","customer":"%2$s","status":"%5$s","created":1764640000,
                 "livemode":false,"capture_method":"automatic","confirmation_method":"automatic",
                 "payment_method":null,"payment_method_types":["card"],"latest_charge":null,
                 "metadata":{"order_id":"%6$s","order_number":"1514","client_id":"%7$s"}}""".formatted(id, customer, amount, "succeeded".equals(status) ? amount : 0, status, orderId, clientId);
    }

    static String refund(String id, String paymentIntent, long amount) {
        return """
                {"id":"%s","object":"refund","amount":%d,"currency":"cad","payment_intent":"%s","status":"succeeded",
                 "created":1764640000,"metadata":{},"reason":null}""".formatted(id, amount, paymentIntent);
    }

    static String charge(String id, String paymentIntent, long amount, long refunded, String orderId, String clientId) {
        return """
                {"id":"%s","object":"charge","amount":%d,"amount_refunded":%d,"currency":"cad","payment_intent":"%s",
                 "refunded":%s,"status":"succeeded","created":1764640000,"livemode":false,
                 "metadata":{"order_id":"%s","order_number":"1514","client_id":"%s"}}""".formatted(id, amount, refunded, paymentIntent, refunded >= amount, orderId, clientId);
    }
}
