package ca.clientele.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import ca.clientele.gateway.SessionStoreForTests;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The gateway's security rules on its real configuration, without a server or Keycloak: who is sent
 * where, what the authorization request carries, CSRF and logout.
 */
@Import(SessionStoreForTests.class)
@SpringBootTest(properties = "CLIENTELE_GATEWAY_CLIENT_SECRET=test-secret")
@AutoConfigureWebTestClient
class SecurityRulesTest {

    private static final String REALM = "http://localhost:8180/realms/clientele";

    /** Where the browser reached the gateway: the redirect URIs are built from it. */
    private static final String PUBLIC_URL = "https://clientele.example";

    @Autowired
    WebTestClient client;

    @Autowired
    ReactiveClientRegistrationRepository registrations;

    @Autowired
    ServerOAuth2AuthorizedClientRepository authorizedClients;

    @Test
    void anAnonymousApiCallGets401ProblemNotARedirect() {
        client.get()
                .uri("/api/clients/me")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist(HttpHeaders.LOCATION)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.title")
                .isEqualTo("Authentification requise");
    }

    @Test
    void theProblemSpeaksEnglishWhenAskedTo() {
        client.get()
                .uri("/api/tickets")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA,en;q=0.9")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Authentication required");
    }

    @Test
    void anAnonymousPageIsSentToTheKeycloakLogin() {
        client.get()
                .uri("/rendez-vous")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/oauth2/authorization/keycloak");
    }

    @Test
    void anAdminPageToo_andAnExplicitLanguageIsCarriedAlong() {
        client.get()
                .uri("/admin/clients?lang=en")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/oauth2/authorization/keycloak?lang=en");
    }

    @Test
    void anHtmxCallGets401AndIsToldWhereToSendThePage() {
        client.get()
                .uri("/tableau-de-bord/fragment")
                .header("HX-Request", "true")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("HX-Redirect", "/oauth2/authorization/keycloak");
    }

    @Test
    void healthProbesArePublic() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void theAuthorizationRequestUsesPkceAndFrenchByDefault() {
        URI location =
                loginRedirect(client.mutate().baseUrl(PUBLIC_URL).build().get().uri("/oauth2/authorization/keycloak"));
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();

        assertThat(location.toString()).startsWith(REALM + "/protocol/openid-connect/auth?");
        assertThat(query.getFirst("client_id")).isEqualTo("clientele-gateway");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("ui_locales")).isEqualTo("fr");
        assertThat(query.getFirst("scope")).isEqualTo("openid%20profile%20email");
        assertThat(query.getFirst("redirect_uri")).isEqualTo(PUBLIC_URL + "/login/oauth2/code/keycloak");
    }

    @Test
    void keycloakSpeaksTheLanguageTheUserChoseOrTheBrowserPrefers() {
        assertThat(uiLocales(client.get()
                        .uri("/oauth2/authorization/keycloak")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,fr;q=0.5")))
                .isEqualTo("en");
        assertThat(uiLocales(client.get()
                        .uri("/oauth2/authorization/keycloak")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US")
                        .cookie("clientele-lang", "fr-CA")))
                .isEqualTo("fr");
        assertThat(uiLocales(client.get().uri("/oauth2/authorization/keycloak?lang=en")))
                .isEqualTo("en");
        assertThat(uiLocales(client.get()
                        .uri("/oauth2/authorization/keycloak")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE")))
                .isEqualTo("fr");
    }

    @Test
    void aPortalCanAskKeycloakForAPasswordChangeButNothingElseUnknown() {
        URI change = loginRedirect(client.get().uri("/oauth2/authorization/keycloak?kc_action=UPDATE_PASSWORD"));
        assertThat(UriComponentsBuilder.fromUri(change).build().getQueryParams().getFirst("kc_action"))
                .isEqualTo("UPDATE_PASSWORD");

        URI other = loginRedirect(client.get().uri("/oauth2/authorization/keycloak?kc_action=delete_account"));
        assertThat(UriComponentsBuilder.fromUri(other).build().getQueryParams()).doesNotContainKey("kc_action");
    }

    @Test
    void everyResponseCarriesAReadableCsrfCookieForTheWholeSite() {
        ResponseCookie cookie = client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(Void.class)
                .getResponseCookies()
                .getFirst("XSRF-TOKEN");

        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isNotBlank();
        assertThat(cookie.isHttpOnly()).isFalse();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void aSignedInStateChangeWithoutCsrfTokenIsRefused() {
        client.mutateWith(mockOidcLogin().clientRegistration(keycloak()))
                .post()
                .uri("/api/clients/me")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theStripeWebhookNeedsNeitherSessionNorCsrf() {
        // Not refused by security: the request goes on to billing (absent here, so the breaker's 503).
        client.post()
                .uri("/webhooks/stripe")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"type\":\"payment_intent.succeeded\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token-value")
                .subject("3f0e8d1c-0000-4000-8000-000000000001")
                .issuer(REALM)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();

        URI location = client.mutate()
                .baseUrl(PUBLIC_URL)
                .build()
                .mutateWith(mockOidcLogin()
                        .clientRegistration(keycloak())
                        .idToken(token -> token.claims(claims -> {
                            claims.clear();
                            claims.putAll(idToken.getClaims());
                        })))
                .post()
                .uri("/logout")
                .cookie("XSRF-TOKEN", "t0k3n")
                .header("X-XSRF-TOKEN", "t0k3n")
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getLocation();

        var query = UriComponentsBuilder.fromUri(Objects.requireNonNull(location))
                .build()
                .getQueryParams();
        assertThat(location.toString()).startsWith(REALM + "/protocol/openid-connect/logout?");
        assertThat(query.getFirst("id_token_hint")).isNotBlank();
        assertThat(query.getFirst("post_logout_redirect_uri")).isEqualTo(PUBLIC_URL + "/");
    }

    @Test
    void logoutIsAStateChangeToo() {
        client.mutateWith(mockOidcLogin().clientRegistration(keycloak()))
                .post()
                .uri("/logout")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void tokensAreKeptInTheWebSession() {
        assertThat(authorizedClients).isInstanceOf(WebSessionServerOAuth2AuthorizedClientRepository.class);
        ClientRegistration keycloak = keycloak();
        assertThat(keycloak.getProviderDetails().getIssuerUri()).isEqualTo(REALM);
        assertThat(keycloak.getProviderDetails().getJwkSetUri()).isEqualTo(REALM + "/protocol/openid-connect/certs");
        assertThat(keycloak.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", REALM + "/protocol/openid-connect/logout");
    }

    private ClientRegistration keycloak() {
        return registrations.findByRegistrationId("keycloak").block();
    }

    private static URI loginRedirect(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getLocation();
    }

    private static String uiLocales(WebTestClient.RequestHeadersSpec<?> request) {
        return UriComponentsBuilder.fromUri(loginRedirect(request))
                .build()
                .getQueryParams()
                .getFirst("ui_locales");
    }
}
