package ca.clientele.gateway.security;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The gateway as a BFF: Keycloak login (authorization code + PKCE), tokens in the WebSession,
 * everything authenticated except health probes and the Stripe webhook, CSRF on every state change.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String CSRF_COOKIE = "XSRF-TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    static final String CSRF_FIELD = "_csrf";

    /** Public: Stripe calls it without a session; billing checks Stripe's signature instead. */
    static final String STRIPE_WEBHOOK = "/webhooks/stripe";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients,
            ServerAuthenticationEntryPoint authenticationEntryPoint,
            ManagementPort managementPort) {
        http.authorizeExchange(exchanges -> exchanges
                .pathMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // Only on actuator's own port (Kubernetes), reachable by Prometheus alone (NetworkPolicy).
                .matchers(managementPort.scrape())
                .permitAll()
                .pathMatchers(STRIPE_WEBHOOK)
                .permitAll()
                .anyExchange()
                .authenticated());

        http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                .authorizedClientRepository(authorizedClients)
                .authorizationRequestResolver(new KeycloakAuthorizationRequestResolver(registrations))
                .authenticationFailureHandler(new LoginFailureHandler()));
        http.oauth2Client(client ->
                client.clientRegistrationRepository(registrations).authorizedClientRepository(authorizedClients));

        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(authenticationEntryPoint)
                .accessDeniedHandler(EntryPoints.accessDenied()));

        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository())
                .csrfTokenRequestHandler(new HeaderFirstCsrfTokenRequestHandler())
                .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                        CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                        new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(STRIPE_WEBHOOK))))
                .accessDeniedHandler(EntryPoints.accessDenied()));
        http.addFilterBefore(new FormBodyReplayWebFilter(CSRF_HEADER), SecurityWebFiltersOrder.CSRF);
        http.addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF);

        http.logout(logout -> logout
                // The session holds the tokens: end it, not just the security context in it.
                .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                .logoutSuccessHandler(keycloakLogout(registrations)));

        return http.build();
    }

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    @Bean
    ServerRequestCache serverRequestCache() {
        return new WebSessionServerRequestCache();
    }

    @Bean
    ServerAuthenticationEntryPoint authenticationEntryPoint(ServerRequestCache requestCache) {
        return EntryPoints.authenticationEntryPoint(requestCache);
    }

    @Bean
    ExpiredAuthorizationHandler expiredAuthorizationHandler(ServerAuthenticationEntryPoint entryPoint) {
        return new ExpiredAuthorizationHandler(entryPoint);
    }

    /**
     * Readable by the portals' script (htmx echoes it in {@code X-XSRF-TOKEN}); path {@code /} so
     * one cookie serves both portals; SameSite=Lax as a second line of defence.
     */
    static CookieServerCsrfTokenRepository csrfTokenRepository() {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(CSRF_COOKIE);
        repository.setHeaderName(CSRF_HEADER);
        repository.setParameterName(CSRF_FIELD);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** Ends the Keycloak session too (RP-initiated logout), then comes back to the portal. */
    private static OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(
            ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler handler =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        // Without an OIDC login to end (session already gone), just go home instead of /login?logout.
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}
