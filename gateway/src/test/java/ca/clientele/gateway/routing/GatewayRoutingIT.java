package ca.clientele.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import ca.clientele.gateway.SessionStoreForTests;
import ca.clientele.gateway.routing.StubService.Received;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of stub services (JDK HTTP servers): signed-in requests
 * reach the right service with the user's access token (TokenRelay), paths are kept, the CSRF rule
 * holds and bodies arrive byte for byte, and a dead service gives the 503 problem.
 *
 * <p>The signed-in session is Spring Security's test login ({@code mockOidcLogin}): the real
 * Keycloak round trip is the e2e suite's job.
 */
@Import(SessionStoreForTests.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "CLIENTELE_GATEWAY_CLIENT_SECRET=test-secret")
class GatewayRoutingIT {

    private static final StubService REGISTRY = new StubService("registry");
    private static final StubService BILLING = new StubService("billing");
    private static final StubService ADMIN_PORTAL = new StubService("admin-portal");
    private static final StubService WEB_PORTAL = new StubService("web-portal");
    private static final String DEAD_SERVICE = "http://127.0.0.1:" + freePort();

    /** The access token {@code mockOidcLogin()} stores as the session's authorized client. */
    private static final String ACCESS_TOKEN = "access-token";

    private static final String FORM = "name=%C3%89lise+B%C3%A9liveau&note=griffes+%26+visites&_csrf=ignored";

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("clientele.routes.registry", REGISTRY::url);
        registry.add("clientele.routes.billing", BILLING::url);
        registry.add("clientele.routes.admin-portal", ADMIN_PORTAL::url);
        registry.add("clientele.routes.web-portal", WEB_PORTAL::url);
        registry.add("clientele.routes.events", () -> DEAD_SERVICE);
        registry.add("clientele.routes.documents", () -> DEAD_SERVICE);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveClientRegistrationRepository registrations;

    @AfterAll
    static void stopStubs() {
        List.of(REGISTRY, BILLING, ADMIN_PORTAL, WEB_PORTAL).forEach(StubService::close);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        List.of(REGISTRY, BILLING, ADMIN_PORTAL, WEB_PORTAL).forEach(StubService::forget);
    }

    @Test
    void aSignedInApiCallReachesTheRegistryWithTheAccessToken() {
        signedIn()
                .get()
                .uri("/api/clients/x?fields=name")
                .cookie("SESSION", "the-gateway-session")
                .cookie("clientele-lang", "fr-CA")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("registry ok");

        Received received = REGISTRY.next();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo("/api/clients/x?fields=name");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + ACCESS_TOKEN);
        // The session cookie stays at the gateway; the language cookie goes on.
        assertThat(received.header(HttpHeaders.COOKIE))
                .contains("clientele-lang=fr-CA")
                .doesNotContain("SESSION");
    }

    @Test
    void theAdminPortalGetsItsPathAsIs() {
        signedIn().get().uri("/admin/x").exchange().expectStatus().isOk();

        Received received = ADMIN_PORTAL.next();
        assertThat(received.path()).isEqualTo("/admin/x");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + ACCESS_TOKEN);
    }

    @Test
    void everythingElseIsTheWebPortal() {
        signedIn()
                .get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("web-portal ok");

        assertThat(WEB_PORTAL.next().path()).isEqualTo("/");
        assertThat(REGISTRY.receivedNothing()).isTrue();
    }

    @Test
    void aStateChangeWithoutCsrfHeaderIsRefusedBeforeReachingAnyService() {
        signedIn()
                .post()
                .uri("/api/clients/x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(FORM)
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(REGISTRY.receivedNothing()).isTrue();
    }

    @Test
    void aStateChangeWithTheCsrfHeaderPassesWithItsFormBodyIntact() {
        signedIn()
                .post()
                .uri("/api/clients/x")
                .cookie("XSRF-TOKEN", "t0k3n")
                .header("X-XSRF-TOKEN", "t0k3n")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(FORM)
                .exchange()
                .expectStatus()
                .isOk();

        Received received = REGISTRY.next();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.bodyText()).isEqualTo(FORM);
        assertThat(received.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/x-www-form-urlencoded");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + ACCESS_TOKEN);
    }

    @Test
    void aPlainHtmlFormWithTheCsrfFieldAlsoArrivesIntact() {
        String form = "_csrf=t0k3n&" + FORM;

        signedIn()
                .post()
                .uri("/admin/clients/x/notes")
                .cookie("XSRF-TOKEN", "t0k3n")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(form)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(ADMIN_PORTAL.next().bodyText()).isEqualTo(form);
    }

    @Test
    void aServiceThatIsDownGivesA503Problem() {
        signedIn()
                .get()
                .uri("/api/events/x")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.title")
                .isEqualTo("Service temporairement indisponible")
                .jsonPath("$.service")
                .isEqualTo("events");
    }

    @Test
    void anUploadToADocumentServiceThatIsDownGivesTheSame503Problem() {
        // Uploads have no breaker fallback (it would keep a copy of the body): the limit filter answers.
        signedIn()
                .post()
                .uri("/api/documents")
                .cookie("XSRF-TOKEN", "t0k3n")
                .header("X-XSRF-TOKEN", "t0k3n")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Service temporarily unavailable")
                .jsonPath("$.detail")
                .isEqualTo("This service is not responding at the moment. Please try again shortly.");
    }

    @Test
    void theStripeWebhookCrossesTheRealServerWithoutSessionAndWithForwardingHeaders() {
        byte[] payload = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}".getBytes(StandardCharsets.UTF_8);

        WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .post()
                .uri("/webhooks/stripe")
                .header("Stripe-Signature", "t=1,v1=abc")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(payload)
                .exchange()
                .expectStatus()
                .isOk();

        Received received = BILLING.next();
        assertThat(received.path()).isEqualTo("/webhooks/stripe");
        assertThat(received.body()).isEqualTo(payload);
        assertThat(received.header("Stripe-Signature")).isEqualTo("t=1,v1=abc");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isNull();
        // The portals and services see the address the browser used, not the gateway's route target.
        assertThat(received.header(HttpHeaders.HOST)).isEqualTo("localhost:" + port);
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-For")).isNotBlank();
    }

    @Test
    void anAnonymousApiCallStopsAtTheGatewayWith401() {
        WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .get()
                .uri("/api/clients/x")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        assertThat(REGISTRY.receivedNothing()).isTrue();
    }

    /** A client bound to the running application, signed in as a client of the Keycloak registration. */
    private WebTestClient signedIn() {
        OidcLoginMutator login = mockOidcLogin()
                .clientRegistration(
                        registrations.findByRegistrationId("keycloak").block());
        return WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                // Mock requests carry no Host header, every browser's does (and PreserveHostHeader needs it).
                .defaultHeader(HttpHeaders.HOST, "localhost:" + port)
                .build()
                .mutateWith(login);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
