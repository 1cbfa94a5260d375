package ca.clientele.billing.customer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The client registry and Keycloak's token endpoint as billing's tests see them: WireMock on a loopback port
 * answering contract 1 ({@code GET /api/clients/{id}/contact}, 404 problem for an unknown client) and the realm's
 * client-credentials token. One server per test JVM, so that Spring contexts stay cached.
 */
public final class RegistryStub {

    public static final RegistryStub INSTANCE = new RegistryStub();

    static final String TOKEN_PATH = "/realms/clientele/protocol/openid-connect/token";
    static final String TOKEN = "service-token-for-billing";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    private RegistryStub() {
        server.start();
        stubToken();
    }

    /** Points billing's registry client (base URL, token URI, a quick retry) at this stub. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("clientele.registry.url", server::baseUrl);
        registry.add("spring.security.oauth2.client.provider.registry.token-uri", () -> server.baseUrl() + TOKEN_PATH);
        registry.add("clientele.registry.retry.wait", () -> "PT0.05S");
    }

    public String url() {
        return server.baseUrl();
    }

    public void reset() {
        server.resetAll();
        stubToken();
    }

    /** The registry knows the client: their contact as contract 1 shapes it, with a Quebec billing address. */
    public void contact(UUID clientId, String firstName, String lastName, String language, String line1) {
        server.stubFor(get(urlPathEqualTo(path(clientId)))
                .willReturn(json(200, contactJson(clientId, firstName, lastName, language, line1))));
    }

    /** The registry answers 503 for this client until a later stub (e.g. {@link #contact}) replaces this one. */
    public void unavailable(UUID clientId) {
        server.stubFor(get(urlPathEqualTo(path(clientId)))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":503,\"title\":\"Service Unavailable\"}")));
    }

    /** The registry fails once with 503, then answers (what the retry is for). */
    public void unavailableOnceThen(UUID clientId, String firstName, String lastName, String line1) {
        server.stubFor(get(urlPathEqualTo(path(clientId)))
                .inScenario("flaky-" + clientId)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":503,\"title\":\"Service Unavailable\"}"))
                .willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo(path(clientId)))
                .inScenario("flaky-" + clientId)
                .whenScenarioStateIs("up")
                .willReturn(json(200, contactJson(clientId, firstName, lastName, "fr", line1))));
    }

    /** Every contact read of this client so far. */
    public List<LoggedRequest> reads(UUID clientId) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path(clientId))));
    }

    List<LoggedRequest> tokenRequests() {
        return server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    static String contactJson(UUID clientId, String firstName, String lastName, String language, String line1) {
        String address = line1 == null ? "null" : """
                {"line1": "%s", "line2": "app. 4", "city": "Montréal", "province": "QC", "postalCode": "H2X 1K4",
                 "country": "CA"}""".formatted(line1);
        return """
                {"id": "%s", "firstName": "%s", "lastName": "%s", "displayName": null,
                 "email": "lea.tremblay@example.com", "phone": "+15145550123", "language": "%s", "status": "ACTIVE",
                 "newsletter": false, "sms": true, "billingAddress": %s}""".formatted(clientId, firstName, lastName, language, address);
    }

    private void stubToken() {
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(200, """
                        {"access_token": "%s", "token_type": "Bearer", "expires_in": 300}""".formatted(TOKEN))));
    }

    private static String path(UUID clientId) {
        return "/api/clients/" + clientId + "/contact";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
