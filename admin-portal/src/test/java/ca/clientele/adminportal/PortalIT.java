package ca.clientele.adminportal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.BackendStub;
import ca.clientele.platform.testing.BackendStub.Received;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal as the gateway reaches it (relayed JWT, /admin context path) with every backend
 * service played by one real loopback HTTP stub that records what the portal sent. One
 * configuration for all the portal's ITs, so they share one cached Spring context.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PortalIT {

    static final BackendStub backend = BackendStub.INSTANCE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("clientele.services.registry", backend::url);
        registry.add("clientele.services.events", backend::url);
        registry.add("clientele.services.booking", backend::url);
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void resetBackend() {
        backend.reset();
    }

    /**
     * Posts a form as htmx does (staff token) and parses the answer, expecting {@code status}.
     * {@code fields}: "name=value" each, as typed (the value is not decoded).
     */
    Document submit(String path, int status, String... fields) throws Exception {
        return submit(Pages.htmxPost(path), status, fields);
    }

    /** The same with a request of its own (a plain post, another caller). */
    Document submit(MockHttpServletRequestBuilder request, int status, String... fields) throws Exception {
        for (String field : fields) {
            int equals = field.indexOf('=');
            request.param(field.substring(0, equals), field.substring(equals + 1));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("status of the post").isEqualTo(status);
        return Pages.html(result);
    }

    static Element testId(Element page, String id) {
        Element element = page.selectFirst("[data-testid=" + id + "]");
        assertThat(element).as("element with data-testid=%s", id).isNotNull();
        return element;
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** The last call the portal made with this method and path (query aside). */
    static Received sent(String method, String path) {
        return backend.received().reversed().stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " was sent"));
    }

    /** The JSON body of that call, to compare with the contract's as a whole (key order aside). */
    static JsonNode sentJson(String method, String path) {
        return json(sent(method, path).body());
    }

    /** A form the portal refused itself: the message under the input, and the service never called. */
    static void assertRefusedBeforeSending(
            Document answer, String inputId, String message, String method, String path) {
        assertThat(answer.getElementById(inputId + "-message").text()).isEqualTo(message);
        assertThat(calls(method, path)).as("calls to %s %s", method, path).isZero();
    }

    static long calls(String method, String path) {
        return backend.received().stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path))
                .count();
    }
}
