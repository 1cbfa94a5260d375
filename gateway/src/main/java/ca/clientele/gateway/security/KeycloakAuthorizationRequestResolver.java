package ca.clientele.gateway.security;

import ca.clientele.gateway.web.Language;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The authorization request sent to Keycloak: PKCE (S256) even though the gateway is a confidential
 * client (Spring Security adds it on its own only for public clients), and {@code ui_locales} so
 * Keycloak's pages speak the user's language, French unless they chose or ask for English.
 */
final class KeycloakAuthorizationRequestResolver implements ServerOAuth2AuthorizationRequestResolver {

    static final String UI_LOCALES = "ui_locales";

    private final DefaultServerOAuth2AuthorizationRequestResolver delegate;

    KeycloakAuthorizationRequestResolver(ReactiveClientRegistrationRepository registrations) {
        this.delegate = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
        return delegate.resolve(exchange).map(request -> withUiLocales(request, exchange));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
        return delegate.resolve(exchange, clientRegistrationId).map(request -> withUiLocales(request, exchange));
    }

    /**
     * The customizer hook has no access to the request, so the parameter is added afterwards, to
     * the parameters and to the already-built URI alike. The value is always {@code fr} or
     * {@code en}, nothing taken verbatim from the request.
     */
    private static OAuth2AuthorizationRequest withUiLocales(
            OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        String locale = Language.of(exchange.getRequest()).tag();
        String uri = UriComponentsBuilder.fromUriString(request.getAuthorizationRequestUri())
                .replaceQueryParam(UI_LOCALES, locale)
                .build(true)
                .toUriString();
        return OAuth2AuthorizationRequest.from(request)
                .additionalParameters(parameters -> parameters.put(UI_LOCALES, locale))
                .authorizationRequestUri(uri)
                .build();
    }
}
