package ca.clientele.adminportal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.BackendStub;
import ca.clientele.platform.testing.BackendStub.Received;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
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

    static long calls(String method, String path) {
        return backend.received().stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path))
                .count();
    }
}
