package ca.clientele.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.clientele.gateway.routing.StubService;
import ca.clientele.gateway.routing.StubService.Received;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two gateway instances on one session store (a real PostgreSQL), as two replicas behind a load
 * balancer: a sign-in started on one ends on the other, then requests alternate between them and
 * the user stays signed in, the token the provider issued reaches the service, CSRF holds on both,
 * rate limits count across both, and an expired session is deleted from the shared store.
 *
 * <p>The identity provider is a stub on Keycloak's paths ({@link StubIdentityProvider}); the real
 * Keycloak round trip is the e2e suite's job.
 */
class TwoGatewayReplicasIT {

    private static final int WRITES_PER_SESSION = 6;
    private static final int WRITES_PER_IP = 9;
    private static final int SIGN_IN_PER_IP = 20;
    /** Ten years: no window ends during the test, so every count below is exact. */
    private static final Duration WINDOW = Duration.ofDays(3650);

    private static final String API = "/api/clients/me";

    private static EmbeddedPostgres postgres;
    private static HikariDataSource database;
    private static JdbcTemplate jdbc;
    private static StubIdentityProvider provider;
    private static StubService registry;
    private static StubService webPortal;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoGatewaysOnOneStore() {
        postgres = SessionStoreForTests.startPostgres();
        String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        database = SessionStoreForTests.dataSource(jdbcUrl);
        jdbc = new JdbcTemplate(database);
        provider = new StubIdentityProvider();
        registry = new StubService("registry");
        webPortal = new StubService("web-portal");
        String keyset = SessionStoreForTests.newAeadKeyset();
        first = gateway(jdbcUrl, keyset);
        second = gateway(jdbcUrl, keyset);
        a = url(first);
        b = url(second);
    }

    private static ConfigurableApplicationContext gateway(String jdbcUrl, String keyset) {
        // Command-line arguments: they win over application.yml (default properties would not).
        Map<String, String> properties = Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("CLIENTELE_GATEWAY_CLIENT_SECRET", "test-secret"),
                Map.entry("spring.datasource.url", jdbcUrl),
                Map.entry("spring.datasource.username", "postgres"),
                Map.entry("spring.datasource.hikari.maximum-pool-size", "4"),
                // Both replicas hold the same key, as they would from one Secret.
                Map.entry("clientele.sessions.aead-keyset", keyset),
                Map.entry("clientele.sessions.cleanup-cron", "* * * * * *"),
                Map.entry("clientele.keycloak.url", provider.url()),
                Map.entry("clientele.routes.registry", registry.url()),
                Map.entry("clientele.routes.web-portal", webPortal.url()),
                Map.entry("clientele.rate-limits.window", WINDOW.toString()),
                Map.entry("clientele.rate-limits.sign-in-per-ip", Integer.toString(SIGN_IN_PER_IP)),
                Map.entry("clientele.rate-limits.writes-per-session", Integer.toString(WRITES_PER_SESSION)),
                Map.entry("clientele.rate-limits.writes-per-ip", Integer.toString(WRITES_PER_IP)),
                // As behind an ingress: the client's address comes from X-Forwarded-For (each test
                // browses from an address of its own, so that its counts are its own).
                Map.entry("server.forward-headers-strategy", "framework"),
                Map.entry("logging.structured.format.console", ""),
                Map.entry("spring.main.banner-mode", "off"));
        return new SpringApplicationBuilder(GatewayApplication.class)
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }

    private static String url(ConfigurableApplicationContext gateway) {
        return "http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable closeable :
                new AutoCloseable[] {first, second, registry, webPortal, provider, database, postgres}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Keep closing the rest.
                }
            }
        }
    }

    @BeforeEach
    void forgetEarlierRequests() {
        registry.forget();
        webPortal.forget();
    }

    @Test
    void aUserSignedInAcrossBothInstancesStaysSignedInOnEitherAndTheirTokenIsRelayed() {
        Browser browser = new Browser("192.0.2.1");
        String accessToken = signIn(browser, a, b);

        for (int request = 0; request < 6; request++) {
            String gateway = request % 2 == 0 ? a : b;
            HttpResponse<String> response = browser.get(gateway + API);

            assertThat(response.statusCode())
                    .as("request %d on %s", request, gateway)
                    .isEqualTo(200);
            assertThat(response.body()).isEqualTo("registry ok");
            Received received = registry.next();
            assertThat(received.header("Authorization")).isEqualTo("Bearer " + accessToken);
            assertThat(received.header("Cookie")).doesNotContain("SESSION");
        }
    }

    @Test
    void csrfHoldsOnBothInstancesWithATokenFromTheOther() {
        Browser browser = new Browser("192.0.2.2");
        signIn(browser, b, a);
        String token = csrfTokenFrom(browser, b);

        HttpResponse<String> withoutToken = browser.post(a + API, null);
        HttpResponse<String> wrongToken = browser.post(b + API, "forged-" + token);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("CSRF");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(registry.receivedNothing()).isTrue();

        assertThat(browser.post(a + API, token).statusCode()).isEqualTo(200);
        assertThat(registry.next().method()).isEqualTo("POST");
        assertThat(browser.post(b + API, token).statusCode()).isEqualTo(200);
        assertThat(registry.next().header("Authorization")).startsWith("Bearer stub-access-token-");
    }

    @Test
    void writesPastTheSessionLimitGet429WithRetryAfterCountedAcrossBothInstances() {
        Browser browser = new Browser("192.0.2.3");
        signIn(browser, a, b);
        String token = csrfTokenFrom(browser, a);
        for (int write = 0; write < WRITES_PER_SESSION; write++) {
            assertThat(browser.post((write % 2 == 0 ? a : b) + API, token).statusCode())
                    .as("write %d", write)
                    .isEqualTo(200);
        }
        registry.forget();

        HttpResponse<String> refused = browser.post(a + API, token);

        assertTooManyRequests(refused, "Trop de requêtes");
        assertThat(refused.body()).contains("Trop de modifications");
        assertTooManyRequests(browser.header("Accept-Language", "en-CA").post(b + API, token), "Too many requests");
        assertThat(registry.receivedNothing()).isTrue();

        // Per session: another user's writes still pass.
        Browser other = new Browser("192.0.2.4");
        signIn(other, b, a);
        assertThat(other.post(b + API, csrfTokenFrom(other, b)).statusCode()).isEqualTo(200);
    }

    @Test
    void writesOfSeveralSessionsFromOneAddressAreLimitedTogether() {
        Browser first = new Browser("192.0.2.77");
        Browser second = new Browser("192.0.2.77");
        signIn(first, a, b);
        signIn(second, b, a);
        String firstToken = csrfTokenFrom(first, a);
        String secondToken = csrfTokenFrom(second, b);
        int firstWrites = WRITES_PER_SESSION - 1;
        for (int write = 0; write < WRITES_PER_IP; write++) {
            boolean byFirst = write < firstWrites;
            HttpResponse<String> response =
                    byFirst ? first.post(a + API, firstToken) : second.post(b + API, secondToken);
            assertThat(response.statusCode()).as("write %d", write).isEqualTo(200);
        }

        // The second session has written less than its own limit, but the address has reached its one.
        assertTooManyRequests(second.post(a + API, secondToken), "Trop de requêtes");
    }

    @Test
    void signInsPastTheLimitPerAddressGet429OnEitherInstance() {
        Browser crowded = new Browser("203.0.113.7");
        for (int attempt = 0; attempt < SIGN_IN_PER_IP; attempt++) {
            HttpResponse<String> response = crowded.get((attempt % 2 == 0 ? a : b) + "/oauth2/authorization/keycloak");
            assertThat(response.statusCode()).as("attempt %d", attempt).isEqualTo(302);
        }

        HttpResponse<String> refused = crowded.get(b + "/oauth2/authorization/keycloak");

        assertTooManyRequests(refused, "Trop de requêtes");
        assertThat(refused.body()).contains("Trop de tentatives de connexion");
        // The provider's callback is a sign-in request too.
        assertTooManyRequests(crowded.get(a + "/login/oauth2/code/keycloak?code=x&state=y"), "Trop de requêtes");
        // A person clicking the sign-in link once more reads a page rather than a JSON document.
        HttpResponse<String> page = crowded.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .get(a + "/oauth2/authorization/keycloak");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("<h1>Trop de requêtes</h1>").contains("Réessayez dans");
        // Per address: someone elsewhere still signs in.
        Browser elsewhere = new Browser("198.51.100.4");
        assertThat(elsewhere.get(a + "/oauth2/authorization/keycloak").statusCode())
                .isEqualTo(302);
    }

    @Test
    void theStoreHoldsNoTokenInClearAndAnExpiredSessionIsDeletedAndSignsTheUserOut() {
        Browser browser = new Browser("192.0.2.5");
        String accessToken = signIn(browser, a, b);
        String sessionId = browser.cookie("SESSION");
        List<byte[]> attributes = jdbc.queryForList(
                "SELECT a.attribute_bytes FROM spring_session_attributes a"
                        + " JOIN spring_session s ON s.primary_id = a.session_primary_id WHERE s.session_id = ?",
                byte[].class,
                sessionId);
        assertThat(attributes).isNotEmpty();
        assertThat(attributes)
                .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(accessToken))
                .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains("SecurityContext"));

        // An hour without a request (the session lives 30 minutes idle).
        jdbc.update(
                "UPDATE spring_session SET last_access_time = last_access_time - 3600000,"
                        + " expiry_time = expiry_time - 3600000 WHERE session_id = ?",
                sessionId);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> sessionRows(sessionId) == 0 && attributeRows() == attributeRowsOfLiveSessions());
        HttpResponse<String> afterExpiry = browser.get(b + API);
        assertThat(afterExpiry.statusCode()).isEqualTo(401);
        assertThat(registry.receivedNothing()).isTrue();
    }

    /**
     * Signs in as a browser would, but with the steps spread over both instances: the page asked
     * for and the authorization request on {@code start}, the provider's callback on {@code end}.
     * Returns the access token the provider issued.
     */
    private static String signIn(Browser browser, String start, String end) {
        HttpResponse<String> page = browser.get(start + "/");
        assertThat(page.statusCode()).isEqualTo(302);
        URI login = URI.create(start).resolve(location(page));
        assertThat(login.getPath()).isEqualTo("/oauth2/authorization/keycloak");

        HttpResponse<String> authorize = browser.get(login.toString());
        assertThat(authorize.statusCode()).isEqualTo(302);
        HttpResponse<String> providerAnswer = browser.get(location(authorize));
        assertThat(providerAnswer.statusCode()).isEqualTo(302);
        String callback = location(providerAnswer);
        assertThat(callback).startsWith(start + "/login/oauth2/code/keycloak?");

        HttpResponse<String> signedIn = browser.get(end + callback.substring(start.length()));
        assertThat(signedIn.statusCode()).as("callback: %s", signedIn.body()).isEqualTo(302);
        assertThat(URI.create(end).resolve(location(signedIn)).getPath()).isEqualTo("/");
        return StubIdentityProvider.accessToken(provider.signIns());
    }

    /** The XSRF-TOKEN cookie as the given instance sets it (the portals' script echoes it). */
    private static String csrfTokenFrom(Browser browser, String gateway) {
        browser.setCookie("XSRF-TOKEN", "");
        browser.get(gateway + API);
        String token = browser.cookie("XSRF-TOKEN");
        assertThat(token).isNotBlank();
        registry.forget();
        return token;
    }

    private static void assertTooManyRequests(HttpResponse<String> response, String title) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter =
                Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds());
        assertThat(response.body())
                .contains("\"status\":429")
                .contains("\"title\":\"" + title + "\"")
                .contains("\"detail\":");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static int sessionRows(String sessionId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM spring_session WHERE session_id = ?", Integer.class, sessionId);
    }

    private static int attributeRows() {
        return jdbc.queryForObject("SELECT count(*) FROM spring_session_attributes", Integer.class);
    }

    private static int attributeRowsOfLiveSessions() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM spring_session_attributes a JOIN spring_session s"
                        + " ON s.primary_id = a.session_primary_id",
                Integer.class);
    }
}
