package ca.clientele.webportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * The client registry as the portal's tests see it: WireMock on a loopback port, one for the test
 * JVM so that the Spring context pointing at it is cached across test classes. Tests stub answers
 * by method and path and read back what the portal sent.
 */
final class RegistryStub {

    static final RegistryStub INSTANCE = new RegistryStub();

    /** One call the portal made; {@code body} is the request body ("" when none). */
    record Received(
            String method, String path, String query, String authorization, String acceptLanguage, String body) {}

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    private RegistryStub() {
        server.start();
        reset();
    }

    String url() {
        return server.baseUrl();
    }

    /** Answers {@code method path} (any query) with this status and JSON (a problem from 400 on). */
    void reply(String method, String path, int status, String json) {
        server.stubFor(request(method, urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                        .withBody(json)));
    }

    /** Answers {@code method} on every path matching the regex, unless a {@link #reply} for the exact path exists. */
    void replyMatching(String method, String pathRegex, int status, String json) {
        server.stubFor(request(method, urlPathMatching(pathRegex))
                .atPriority(50)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                        .withBody(json)));
    }

    /** As {@link #reply}, only for calls whose query has {@code name=value} (one path, several answers). */
    void replyToQuery(String method, String path, String name, String value, String json) {
        server.stubFor(request(method, urlPathEqualTo(path))
                .withQueryParam(name, equalTo(value))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }

    /** As {@link #reply} with 200, only after {@code delayMillis}: a slow service. */
    void replySlowly(String method, String path, int delayMillis, String json) {
        server.stubFor(request(method, urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(delayMillis)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }

    /** Answers {@code GET path} with a file: its bytes, content type and Content-Disposition. */
    void replyFile(String path, String contentType, String disposition, byte[] body) {
        server.stubFor(request("GET", urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", contentType)
                        .withHeader("Content-Disposition", disposition)
                        .withBody(body)));
    }

    /** The calls so far, oldest first. */
    List<Received> received() {
        return server.getAllServeEvents().reversed().stream()
                .map(ServeEvent::getRequest)
                .map(RegistryStub::received)
                .toList();
    }

    /** Forgets stubs and calls; an unstubbed call then fails loudly, with a status no test expects. */
    void reset() {
        server.resetAll();
        server.stubFor(any(anyUrl())
                .atPriority(100)
                .willReturn(aResponse()
                        .withStatus(501)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"detail\":\"not stubbed\"}")));
    }

    private static Received received(LoggedRequest request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return new Received(
                request.getMethod().getName(),
                query < 0 ? url : url.substring(0, query),
                query < 0 ? null : url.substring(query + 1),
                request.getHeader("Authorization"),
                request.getHeader("Accept-Language"),
                request.getBodyAsString());
    }
}
