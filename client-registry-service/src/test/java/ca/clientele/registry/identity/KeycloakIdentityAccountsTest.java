package ca.clientele.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak adapter against a stub of the admin API on a loopback port: the paths, query
 * parameters, bodies and tokens it sends, and how it reads Keycloak's answers. The only other
 * check of this adapter is the e2e suite against a real Keycloak.
 */
class KeycloakIdentityAccountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID USER = UUID.fromString("5f0c2a8e-1d3b-4c57-9a0e-2b7f4c1d9e63");
    private static final String USERS = "/admin/realms/clientele/users";

    /** One request the stub received. */
    record Received(String method, String path, String query, String authorization, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** What the stub answers to one method and path. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer of(int status, String body) {
            return new Answer(status, body, Map.of());
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;
    private IdentityAccounts accounts;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        answer("POST", "/realms/clientele/protocol/openid-connect/token", 200, """
                {"access_token":"token-1","token_type":"Bearer","expires_in":300}""");
        accounts = adapter("http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stopStub() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void createsAnAccountWithoutCredentialsAsTheServiceAccount() {
        UUID created = UUID.randomUUID();
        answers.put(
                "POST " + USERS, new Answer(201, "", Map.of("Location", "http://127.0.0.1" + USERS + "/" + created)));
        answer("GET", USERS + "/" + USER, 200, "{\"id\":\"%s\",\"enabled\":false}".formatted(USER));
        answer("PUT", USERS + "/" + USER, 204, "");

        assertThat(accounts.createAccount(new NewAccount("lea@exemple.ca", "Léa", "Roy", "fr")))
                .isEqualTo(created);
        accounts.enable(USER); // a second call: the token is cached, not fetched again

        Received token = only("POST", "/realms/clientele/protocol/openid-connect/token");
        assertThat(token.body()).contains("grant_type=client_credentials");
        assertThat(token.authorization())
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString("clientele-registry:s3cret".getBytes(StandardCharsets.UTF_8)));
        Received create = only("POST", USERS);
        assertThat(create.authorization()).isEqualTo("Bearer token-1");
        JsonNode user = create.json();
        assertThat(user.get("username").asString()).isEqualTo("lea@exemple.ca");
        assertThat(user.get("email").asString()).isEqualTo("lea@exemple.ca");
        assertThat(user.get("firstName").asString()).isEqualTo("Léa");
        assertThat(user.get("enabled").asBoolean()).isTrue();
        assertThat(user.get("emailVerified").asBoolean()).isFalse();
        assertThat(user.get("attributes").get("locale").get(0).asString()).isEqualTo("fr");
        assertThat(user.has("credentials")).isFalse();
        assertThat(only("PUT", USERS + "/" + USER).authorization()).isEqualTo("Bearer token-1");
    }

    @Test
    void anEmailKeycloakAlreadyHasIsTaken() {
        answer("POST", USERS, 409, "{\"errorMessage\":\"User exists with same email\"}");
        assertThatThrownBy(() -> accounts.createAccount(new NewAccount("pris@exemple.ca", "A", "B", "en")))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void disablingSendsTheWholeUserBackThenEndsItsSessions() {
        answer("GET", USERS + "/" + USER, 200, """
                {"id":"%s","username":"lea@exemple.ca","email":"lea@exemple.ca","firstName":"Léa","lastName":"Roy",
                 "enabled":true,"createdTimestamp":1700000000000,"attributes":{"locale":["fr"]},
                 "requiredActions":[]}""".formatted(USER));
        answer("PUT", USERS + "/" + USER, 204, "");
        answer("POST", USERS + "/" + USER + "/logout", 204, "");

        accounts.disable(USER);

        JsonNode sent = only("PUT", USERS + "/" + USER).json();
        assertThat(sent.get("enabled").asBoolean()).isFalse();
        // Keycloak clears what a PUT leaves out: names, e-mail and attributes go back unchanged.
        assertThat(sent.get("firstName").asString()).isEqualTo("Léa");
        assertThat(sent.get("email").asString()).isEqualTo("lea@exemple.ca");
        assertThat(sent.get("attributes").get("locale").get(0).asString()).isEqualTo("fr");
        assertThat(sent.get("createdTimestamp").asLong()).isEqualTo(1700000000000L);
        assertThat(paths())
                .containsSubsequence(
                        "GET " + USERS + "/" + USER,
                        "PUT " + USERS + "/" + USER,
                        "POST " + USERS + "/" + USER + "/logout");
    }

    @Test
    void twoFactorOnSetsTheRequiredActionAndOffRemovesOtpCredentialsAndIt() {
        answer("GET", USERS + "/" + USER, 200, """
                {"id":"%s","username":"u","requiredActions":["UPDATE_PASSWORD","CONFIGURE_TOTP"]}""".formatted(USER));
        answer("PUT", USERS + "/" + USER, 204, "");
        answer("GET", USERS + "/" + USER + "/credentials", 200, """
                [{"id":"c-password","type":"password"},{"id":"c-otp","type":"otp","userLabel":"Téléphone"}]""");
        answer("DELETE", USERS + "/" + USER + "/credentials/c-otp", 204, "");

        assertThat(accounts.twoFactorState(USER)).isEqualTo(TwoFactorState.ON);
        accounts.removeTwoFactor(USER);

        assertThat(paths()).contains("DELETE " + USERS + "/" + USER + "/credentials/c-otp");
        assertThat(paths()).doesNotContain("DELETE " + USERS + "/" + USER + "/credentials/c-password");
        assertThat(actions(only("PUT", USERS + "/" + USER).json())).containsExactly("UPDATE_PASSWORD");

        received.clear();
        answer("GET", USERS + "/" + USER, 200, "{\"id\":\"%s\",\"username\":\"u\"}".formatted(USER));
        answer("GET", USERS + "/" + USER + "/credentials", 200, "[{\"id\":\"c-password\",\"type\":\"password\"}]");
        assertThat(accounts.twoFactorState(USER)).isEqualTo(TwoFactorState.OFF);
        accounts.requireTwoFactor(USER);
        assertThat(actions(only("PUT", USERS + "/" + USER).json())).containsExactly("CONFIGURE_TOTP");

        answer("GET", USERS + "/" + USER, 200, """
                {"id":"%s","username":"u","requiredActions":["CONFIGURE_TOTP"]}""".formatted(USER));
        assertThat(accounts.twoFactorState(USER)).isEqualTo(TwoFactorState.PENDING);
    }

    @Test
    void recordReadsReuseARecentTwoFactorStateWhileChangesAndDecisionsAskKeycloak() {
        String credentials = USERS + "/" + USER + "/credentials";
        answer("GET", USERS + "/" + USER, 200, "{\"id\":\"%s\",\"username\":\"u\"}".formatted(USER));
        answer("GET", credentials, 200, "[{\"id\":\"c-password\",\"type\":\"password\"}]");
        AtomicLong nanos = new AtomicLong();
        TwoFactorStates states = new TwoFactorStates(accounts, Duration.ofSeconds(30), 100, nanos::get);

        assertThat(states.recent(USER)).isEqualTo(TwoFactorState.OFF);
        assertThat(states.recent(USER)).isEqualTo(TwoFactorState.OFF);
        assertThat(count("GET", credentials)).isEqualTo(1);

        // The client enrols an app at sign-in, in Keycloak: shown once the remembered state expires.
        answer("GET", credentials, 200, "[{\"id\":\"c-otp\",\"type\":\"otp\"}]");
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(states.recent(USER)).isEqualTo(TwoFactorState.OFF);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(states.recent(USER)).isEqualTo(TwoFactorState.ON);
        assertThat(count("GET", credentials)).isEqualTo(2);

        // A decision asks Keycloak even when a state is remembered.
        assertThat(states.live(USER)).isEqualTo(TwoFactorState.ON);
        assertThat(count("GET", credentials)).isEqualTo(3);

        // A change made here is shown at once.
        answer("PUT", USERS + "/" + USER, 204, "");
        answer("DELETE", credentials + "/c-otp", 204, "");
        states.remove(USER);
        answer("GET", credentials, 200, "[{\"id\":\"c-password\",\"type\":\"password\"}]");
        assertThat(states.recent(USER)).isEqualTo(TwoFactorState.OFF);

        // Keycloak unreachable: UNKNOWN is shown but never remembered.
        answer("GET", credentials, 500, "{}");
        assertThat(states.live(USER)).isEqualTo(TwoFactorState.UNKNOWN);
        answer("GET", credentials, 200, "[{\"id\":\"c-password\",\"type\":\"password\"}]");
        int before = count("GET", credentials);
        assertThat(states.recent(USER)).isEqualTo(TwoFactorState.OFF);
        assertThat(count("GET", credentials)).isEqualTo(before + 1);
    }

    @Test
    void anInvitationIsAnExecuteActionsEmailBackToThePortal() {
        answer("PUT", USERS + "/" + USER + "/execute-actions-email", 204, "");

        accounts.sendInvitation(USER);

        Received sent = only("PUT", USERS + "/" + USER + "/execute-actions-email");
        assertThat(query(sent))
                .containsEntry("client_id", "clientele-gateway")
                .containsEntry("redirect_uri", "http://localhost:8080/")
                .containsEntry("lifespan", "259200");
        assertThat(JSON.readTree(sent.body()).toString()).isEqualTo("[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]");
    }

    @Test
    void aNewEmailIsUnverifiedAndAVerificationEmailIsSent() {
        answer("GET", USERS + "/" + USER, 200, """
                {"id":"%s","username":"lea@exemple.ca","email":"lea@exemple.ca","emailVerified":true,
                 "firstName":"Léa"}""".formatted(USER));
        answer("PUT", USERS + "/" + USER, 204, "");
        answer("PUT", USERS + "/" + USER + "/execute-actions-email", 204, "");

        accounts.changeEmail(USER, "lea.roy@exemple.ca");

        JsonNode sent = only("PUT", USERS + "/" + USER).json();
        assertThat(sent.get("email").asString()).isEqualTo("lea.roy@exemple.ca");
        assertThat(sent.get("username").asString()).isEqualTo("lea.roy@exemple.ca");
        assertThat(sent.get("emailVerified").asBoolean()).isFalse();
        assertThat(sent.get("firstName").asString()).isEqualTo("Léa");
        Received verify = only("PUT", USERS + "/" + USER + "/execute-actions-email");
        assertThat(JSON.readTree(verify.body()).toString()).isEqualTo("[\"VERIFY_EMAIL\"]");

        answer("PUT", USERS + "/" + USER, 409, "{\"errorMessage\":\"User exists with same email\"}");
        assertThatThrownBy(() -> accounts.changeEmail(USER, "pris@exemple.ca")).isInstanceOf(EmailTakenException.class);
    }

    @Test
    void staffAccountsAreTheMembersOfStaffAndOfAdminPageByPageOnceEachByName() {
        String roles = "/admin/realms/clientele/roles";
        UUID julien = UUID.fromString("a0000000-0000-4000-8000-000000000001");
        UUID cynthia = UUID.fromString("a0000000-0000-4000-8000-000000000002");
        UUID adminOnly = UUID.fromString("a0000000-0000-4000-8000-000000000003");
        StringBuilder fullPage = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            fullPage.append(i == 0 ? "" : ",").append("""
                    {"id":"%s","username":"tech%02d@clientele.test","email":"tech%02d@clientele.test",
                     "firstName":"Tech","lastName":"%02d"}""".formatted(new UUID(7, i), i, i, i));
        }
        fullPage.append("]");
        answer("GET", roles + "/staff/users", 200, fullPage.toString());
        answers.put(
                "GET " + roles + "/staff/users?first=100&max=100&briefRepresentation=true",
                Answer.of(200, """
                        [{"id":"%s","username":"cynthia@clientele.test","email":"cynthia@clientele.test",
                          "firstName":"Cynthia","lastName":"Lemay"},
                         {"id":"%s","username":"admin@clientele.test","email":"admin@clientele.test",
                          "firstName":"Julien","lastName":"Béliveau"}]""".formatted(cynthia, julien)));
        answer("GET", roles + "/admin/users", 200, """
                [{"id":"%s","username":"admin@clientele.test","email":"admin@clientele.test",
                  "firstName":"Julien","lastName":"Béliveau"},
                 {"id":"%s","username":"elodie","firstName":"","lastName":""}]""".formatted(julien, adminOnly));

        List<StaffAccount> staff = accounts.staffAccounts();

        assertThat(staff).hasSize(103);
        // By name, case aside; an account without names goes by its username.
        assertThat(staff.subList(0, 3))
                .containsExactly(
                        new StaffAccount(cynthia, "Cynthia Lemay", "cynthia@clientele.test"),
                        new StaffAccount(adminOnly, "elodie", null),
                        new StaffAccount(julien, "Julien Béliveau", "admin@clientele.test"));
        assertThat(staff.stream().map(StaffAccount::userId).distinct()).hasSize(103);
        assertThat(received.stream().filter(r -> r.path().startsWith(roles)).map(r -> r.path() + "?" + r.query()))
                .containsExactly(
                        roles + "/staff/users?first=0&max=100&briefRepresentation=true",
                        roles + "/staff/users?first=100&max=100&briefRepresentation=true",
                        roles + "/admin/users?first=0&max=100&briefRepresentation=true");
        assertThat(only("GET", roles + "/admin/users").authorization()).isEqualTo("Bearer token-1");

        // The service account may not read roles (realm-management view-realm missing): unavailable.
        answer("GET", roles + "/admin/users", 403, "{\"error\":\"HTTP 403 Forbidden\"}");
        assertThatThrownBy(() -> accounts.staffAccounts()).isInstanceOf(IdentityUnavailableException.class);
    }

    @Test
    void anErrorASlowOrAnUnreachableKeycloakIsUnavailableNotAHang() throws IOException {
        answer("PUT", USERS + "/" + USER + "/execute-actions-email", 500, "{}");
        assertThatThrownBy(() -> accounts.sendInvitation(USER)).isInstanceOf(IdentityUnavailableException.class);
        assertThat(accounts.twoFactorState(USER)).isEqualTo(TwoFactorState.UNKNOWN);

        answers.put("GET " + USERS + "/" + USER, new Answer(-1, "", Map.of())); // never answers
        IdentityAccounts impatient =
                adapter("http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.enable(USER)).isInstanceOf(IdentityUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        IdentityAccounts unreachable = adapter("http://127.0.0.1:" + closedPort, Duration.ofSeconds(5));
        assertThatThrownBy(() -> unreachable.enable(USER)).isInstanceOf(IdentityUnavailableException.class);
        assertThat(unreachable.twoFactorState(USER)).isEqualTo(TwoFactorState.UNKNOWN);
    }

    private static IdentityAccounts adapter(String url, Duration readTimeout) {
        KeycloakProperties properties = new KeycloakProperties(
                url,
                "clientele",
                "clientele-registry",
                "s3cret",
                Duration.ofSeconds(2),
                readTimeout,
                "clientele-gateway",
                Duration.ofHours(72),
                Duration.ofSeconds(30));
        return new KeycloakIdentityAccounts(
                IdentityConfiguration.adminClient(properties), properties, "http://localhost:8080/");
    }

    private void answer(String method, String path, int status, String body) {
        answers.put(method + " " + path, Answer.of(status, body));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body));
        // An answer for one query string (a page) wins over the path's.
        Answer answer = answers.getOrDefault(
                key + "?" + exchange.getRequestURI().getRawQuery(),
                answers.getOrDefault(key, Answer.of(404, "{\"error\":\"User not found\"}")));
        if (answer.status() < 0) {
            try {
                released.await(10, TimeUnit.SECONDS); // a Keycloak that hangs, until the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private Received only(String method, String path) {
        List<Received> matching = received.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
        assertThat(matching).as(method + " " + path).hasSize(1);
        return matching.getFirst();
    }

    private int count(String method, String path) {
        return (int) received.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .count();
    }

    private List<String> paths() {
        return received.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private static List<String> actions(JsonNode user) {
        return user.get("requiredActions").valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, String> query(Received request) {
        Map<String, String> values = new ConcurrentHashMap<>();
        for (String pair : request.query().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
