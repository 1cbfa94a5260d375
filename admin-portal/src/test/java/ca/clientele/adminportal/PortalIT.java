package ca.clientele.adminportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal as the gateway reaches it (relayed JWT, /admin context path) with every backend
 * service played by one WireMock server: it answers what a test stubbed and records what the portal
 * sent. One configuration for all the portal's ITs, so they share one cached Spring context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PortalIT.FixedClock.class)
abstract class PortalIT {

    static final WireMockServer services = new WireMockServer(options().dynamicPort());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        services.start();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("clientele.services.registry", services::baseUrl);
        registry.add("clientele.services.events", services::baseUrl);
        registry.add("clientele.services.booking", services::baseUrl);
        registry.add("clientele.services.documents", services::baseUrl);
        registry.add("clientele.services.tickets", services::baseUrl);
        registry.add("clientele.services.billing", services::baseUrl);
    }

    /** "Now" for relative times ("Il y a 2 jours"): two days after the fixtures' newest message. */
    static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void resetServices() {
        services.resetAll();
    }

    /** Answers {@code method path} (any query) with this status and JSON; the latest stub wins. */
    static void reply(String method, String path, int status, String json) {
        services.stubFor(request(method, urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                        .withBody(json)));
    }

    /**
     * Posts a form as htmx does (staff token) and parses the answer, expecting {@code status}.
     * {@code fields}: "name=value" each, as typed.
     */
    Document submit(String path, int status, String... fields) throws Exception {
        return submit(Pages.htmxPost(path), status, fields);
    }

    /** The same with a request of its own (a plain post, another caller). */
    Document submit(MockHttpServletRequestBuilder request, int status, String... fields) throws Exception {
        MvcResult result = mvc.perform(typed(request, fields)).andReturn();
        assertThat(result.getResponse().getStatus()).as("status of the post").isEqualTo(status);
        return Pages.html(result);
    }

    /** The request with "name=value" pairs as its parameters, as typed. */
    static MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request, String... fields) {
        for (String field : fields) {
            int equals = field.indexOf('=');
            request.param(field.substring(0, equals), field.substring(equals + 1));
        }
        return request;
    }

    static Element testId(Element page, String id) {
        Element element = page.selectFirst("[data-testid=" + id + "]");
        assertThat(element).as("element with data-testid=%s", id).isNotNull();
        return element;
    }

    /** The message shown under the input with this id. */
    static String fieldError(Element page, String inputId) {
        Element message = page.getElementById(inputId + "-error");
        assertThat(message).as("message of %s", inputId).isNotNull();
        return message.text();
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** Every call the portal made with this method and path (query aside), oldest first. */
    static List<LoggedRequest> calls(String method, String path) {
        return services.findAll(
                RequestPatternBuilder.newRequestPattern(RequestMethod.fromString(method), urlPathEqualTo(path)));
    }

    /** The last call the portal made with this method and path. */
    static LoggedRequest sent(String method, String path) {
        List<LoggedRequest> calls = calls(method, path);
        assertThat(calls).as("calls to %s %s", method, path).isNotEmpty();
        return calls.getLast();
    }

    /** The JSON body of that call, to compare with the contract's as a whole (key order aside). */
    static JsonNode sentJson(String method, String path) {
        return json(sent(method, path).getBodyAsString());
    }

    static List<LoggedRequest> allCalls() {
        return services.getAllServeEvents().stream()
                .map(event -> event.getRequest())
                .toList();
    }

    /** The path of a call, without its query. */
    static String path(LoggedRequest call) {
        return call.getUrl().split("\\?", 2)[0];
    }

    /** The raw query of a call, or null. */
    static String query(LoggedRequest call) {
        String[] parts = call.getUrl().split("\\?", 2);
        return parts.length > 1 ? parts[1] : null;
    }

    /** A form the portal refused itself: the message under the input, and the service never called. */
    static void assertRefusedBeforeSending(
            Document answer, String inputId, String message, String method, String path) {
        assertThat(fieldError(answer, inputId)).isEqualTo(message);
        assertThat(calls(method, path)).as("calls to %s %s", method, path).isEmpty();
    }
}
