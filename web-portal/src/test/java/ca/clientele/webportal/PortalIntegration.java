package ca.clientele.webportal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal as the gateway reaches it (MockMvc with a relayed JWT) against {@link RegistryStub}
 * (WireMock) standing in for the registry, the document-service, the ticket-service and the booking-service. One configuration for every such test class, so they share one
 * cached Spring context; the stub forgets its replies and calls before each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PortalIntegration {

    static final RegistryStub backend = RegistryStub.INSTANCE;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("clientele.services.registry", backend::url);
        // The same WireMock stands in for the document-service: their paths do not overlap.
        registry.add("clientele.services.documents", backend::url);
        // And for the ticket-service (/api/tickets).
        registry.add("clientele.services.tickets", backend::url);
        // And for the booking-service (/api/services, /api/branches, /api/slots, /api/bookings).
        registry.add("clientele.services.bookings", backend::url);
        // And for the billing-service (/api/orders, /api/invoices, /api/payment-methods, /api/payments,
        // /api/orders/products, /api/orders/cart).
        registry.add("clientele.services.billing", backend::url);
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void forgetPreviousCalls() {
        backend.reset();
    }

    /** The answer to {@code request} made as Francis (see {@link Pages#client()}), parsed. */
    Document page(MockHttpServletRequestBuilder request, HttpStatus expected) throws Exception {
        return Pages.html(mvc.perform(request.with(Pages.client()))
                .andExpect(status().is(expected.value()))
                .andReturn());
    }

    /**
     * A form posted by htmx, which answers with the fragment it swaps. Like a browser, it carries
     * the markers {@code th:field} renders next to each checkbox, so an unchecked box binds as off.
     */
    static MockHttpServletRequestBuilder htmxPost(String path) {
        return post(path)
                .header("HX-Request", "true")
                .param("_newsletter", "on")
                .param("_sms", "on")
                .param("_twoFactor", "on")
                .param("_neutered", "on");
    }
}
