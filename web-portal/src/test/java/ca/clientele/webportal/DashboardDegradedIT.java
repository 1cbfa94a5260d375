package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard with the booking-service STOPPED (nothing listens on its port: connection refused) and the
 * ticket-service SLOW (it answers well after the card's timeout, 1.5 s here): those two cards say "temporairement
 * indisponible" / "temporarily unavailable", every other card is there, the page answers 200 without waiting for
 * the slow service. Its own context (the booking-service's address differs from {@link PortalIntegration}'s).
 */
@SpringBootTest(properties = "clientele.dashboard.card-timeout=1500ms")
@AutoConfigureMockMvc
class DashboardDegradedIT {

    private static final RegistryStub backend = RegistryStub.INSTANCE;
    private static final int SLOW_MILLIS = 10_000;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("clientele.services.registry", backend::url);
        registry.add("clientele.services.documents", backend::url);
        registry.add("clientele.services.tickets", backend::url);
        registry.add("clientele.services.billing", backend::url);
        registry.add("clientele.services.bookings", () -> "http://127.0.0.1:" + closedPort());
    }

    /** A port nothing listens on any more. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void services() {
        backend.reset();
        DashboardIT.everyServiceAnswers();
        backend.replySlowly("GET", DashboardIT.TICKETS, SLOW_MILLIS, DashboardIT.WAITING);
    }

    /** The first page of a new context also initialises its HTTP clients, which can take longer than a card may. */
    private static boolean warm;

    @ParameterizedTest
    @CsvSource({"fr, Temporairement indisponible, Prochain rendez-vous", "en, Temporarily unavailable, Next appointment"
    })
    void aStoppedAndASlowServiceLoseOnlyTheirCards(String lang, String unavailable, String appointmentTitle)
            throws Exception {
        if (!warm) {
            mvc.perform(get("/").with(Pages.client())).andExpect(status().isOk());
            warm = true;
        }
        long begin = System.nanoTime();
        Document page = Pages.html(mvc.perform(get("/").param("lang", lang).with(Pages.client()))
                .andExpect(status().isOk())
                .andReturn());
        Duration took = Duration.ofNanos(System.nanoTime() - begin);

        for (String card : List.of("card-appointment", "card-messages")) {
            Element element = testId(page, card);
            assertThat(element.attr("data-available")).as(card).isEqualTo("false");
            assertThat(testId(element, "card-unavailable").text()).as(card).startsWith(unavailable);
            assertThat(testId(element, "card-unavailable").attr("role")).isEqualTo("status");
        }
        assertThat(testId(page, "card-appointment").selectFirst("h2").text()).isEqualTo(appointmentTitle);
        assertThat(page.select("[data-testid=card-unavailable]")).hasSize(2);
        for (String card : List.of("card-to-pay", "card-orders", "card-forms", "card-documents", "card-credit")) {
            assertThat(testId(page, card).attr("data-available")).as(card).isEqualTo("true");
        }
        assertThat(testId(page, "order-pay").attr("href")).isEqualTo("/orders/" + OrdersIT.PENDING + "/pay");
        assertThat(testId(page, "form-to-fill").text()).startsWith("Questionnaire santé");
        // The cards were loaded together: the page waited for the timeout, not for the slow service.
        assertThat(took).isLessThan(Duration.ofMillis(SLOW_MILLIS - 3000));
        // The header and the way out are there.
        assertThat(testId(page, "person-menu-logout").attr("form")).isEqualTo("logout-form");
    }
}
