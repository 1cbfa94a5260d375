package ca.clientele.platform.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * Every HTTP service client of a portal is configured once by the kit: it calls AS the user (token
 * and language), and a service's answer becomes the exception the portal shows. WireMock stands in
 * for the service on a real loopback port.
 */
@SpringBootTest(
        classes = ServiceClientsIT.ClientApplication.class,
        properties = {"clientele.portal.required-roles=ROLE_client", "spring.http.clients.read-timeout=3s"})
class ServiceClientsIT {

    static final WireMockServer service = new WireMockServer(options().dynamicPort());

    static {
        service.start();
    }

    @DynamicPropertySource
    static void serviceAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.http.serviceclient.things.base-url", service::baseUrl);
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @Autowired
    ThingClient things;

    @BeforeEach
    void signedInInEnglish() {
        service.resetAll();
        Jwt jwt = Jwt.withTokenValue("the-users-token")
                .header("alg", "none")
                .subject("7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        LocaleContextHolder.setLocale(Locale.CANADA);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void callsAsTheUserInTheirLanguageAndReadsToleranty() {
        service.stubFor(get("/api/things/7").willReturn(okJson("{\"id\":7,\"name\":\"Biscuit\",\"addedLater\":true}")));

        assertThat(things.get(7)).isEqualTo(new Thing(7, "Biscuit"));

        service.verify(getRequestedFor(urlEqualTo("/api/things/7"))
                .withHeader("Authorization", equalTo("Bearer the-users-token"))
                .withHeader("Accept-Language", equalTo("en-CA")));
    }

    @Test
    void sendsTheRecordAsJson() {
        service.stubFor(put("/api/things/7").willReturn(okJson("{\"id\":7,\"name\":\"Biscuit II\"}")));

        things.rename(7, new Rename("Biscuit II", 3));

        service.verify(putRequestedFor(urlEqualTo("/api/things/7"))
                .withRequestBody(equalToJson("{\"name\":\"Biscuit II\",\"version\":3}")));
    }

    @Test
    void aNotFoundIsServiceNotFound() {
        answer(404, "{\"title\":\"Not found\",\"status\":404}");

        assertThatThrownBy(() -> things.get(7)).isInstanceOf(ServiceNotFoundException.class);
    }

    @Test
    void aValidationProblemCarriesItsFieldMessages() {
        answer(400, """
                {"title":"Invalid","status":400,"detail":"Check the fields.",
                 "errors":[{"field":"name","message":"Name is required."}]}
                """);

        assertThatThrownBy(() -> things.get(7)).isInstanceOfSatisfying(ServiceRejectedException.class, rejected -> {
            assertThat(rejected).isNotInstanceOf(ServiceConflictException.class);
            assertThat(rejected.status()).isEqualTo(400);
            assertThat(rejected.detail()).isEqualTo("Check the fields.");
            assertThat(rejected.errors()).containsExactly(new FieldMessage("name", "Name is required."));
        });
    }

    @Test
    void aConflictIsServiceConflict() {
        answer(409, "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Changed meanwhile.\"}");

        assertThatThrownBy(() -> things.get(7))
                .isInstanceOfSatisfying(
                        ServiceConflictException.class,
                        conflict -> assertThat(conflict.detail()).isEqualTo("Changed meanwhile."));
    }

    @Test
    void aConflictKeepsTheProblemsOtherMembers() {
        answer(409, """
                {"type":"https://clientele.ca/problems/slot-taken","status":409,"detail":"Taken.",
                 "freeSlots":[{"start":"2026-12-03T14:30:00Z","staffName":"Cynthia"}]}""");

        assertThatThrownBy(() -> things.get(7)).isInstanceOfSatisfying(ServiceConflictException.class, conflict -> {
            assertThat(conflict.detail()).isEqualTo("Taken.");
            assertThat(conflict.properties())
                    .containsEntry("type", "https://clientele.ca/problems/slot-taken")
                    .containsEntry(
                            "freeSlots", List.of(Map.of("start", "2026-12-03T14:30:00Z", "staffName", "Cynthia")));
        });
    }

    @Test
    void aRefusalIsAccessDenied() {
        answer(403, "{\"title\":\"Forbidden\",\"status\":403}");

        assertThatThrownBy(() -> things.get(7)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFailingServiceIsUnavailableEvenWithoutAProblemDocument() {
        service.stubFor(
                get("/api/things/7").willReturn(aResponse().withStatus(503).withBody("<html>down</html>")));

        assertThatThrownBy(() -> things.get(7)).isInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void aServiceTooSlowToAnswerIsUnavailable() {
        service.stubFor(get("/api/things/7").willReturn(okJson("{\"id\":7}").withFixedDelay(6_000)));

        assertThatThrownBy(() -> things.get(7)).isInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void aServiceThatCannotBeReachedIsUnavailable() {
        service.stubFor(get("/api/things/7")
                .willReturn(
                        aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> things.get(7)).isInstanceOf(ServiceUnavailableException.class);
    }

    private static void answer(int status, String problem) {
        service.stubFor(get("/api/things/7")
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(problem)));
    }

    record Thing(long id, String name) {}

    record Rename(String name, long version) {}

    @HttpExchange("/api/things")
    interface ThingClient {

        @GetExchange("/{id}")
        Thing get(@PathVariable long id);

        @PutExchange("/{id}")
        Thing rename(@PathVariable long id, @RequestBody Rename rename);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ImportHttpServices(group = "things", types = ThingClient.class)
    static class ClientApplication {}
}
