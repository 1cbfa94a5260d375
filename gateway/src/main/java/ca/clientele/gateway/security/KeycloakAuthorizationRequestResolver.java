package ca.clientele.gateway.security;

import ca.clientele.gateway.web.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>A portal may also link to {@code /oauth2/authorization/keycloak?kc_action=UPDATE_PASSWORD}
 * (or {@code CONFIGURE_TOTP}): Keycloak's application-initiated actions, passed on when they are one
 * of those the platform uses.
 */
final class KeycloakAuthorizationRequestResolver implements ServerOAuth2AuthorizationRequestResolver {

    static final String UI_LOCALES = "ui_locales";
    static final String KC_ACTION = "kc_action";
    static final Set<String> KC_ACTIONS = Set.of("UPDATE_PASSWORD", "CONFIGURE_TOTP", "UPDATE_PROFILE", "UPDATE_EMAIL");

    private final DefaultServerOAuth2AuthorizationRequestResolver delegate;

    KeycloakAuthorizationRequestResolver(ReactiveClientRegistrationRepository registrations) {
        this.delegate = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
        return delegate.resolve(exchange).map(request -> withKeycloakParameters(request, exchange));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
        return delegate.resolve(exchange, clientRegistrationId)
                .map(request -> withKeycloakParameters(request, exchange));
    }

    /**
     * The customizer hook has no access to the request, so the parameters are added afterwards, to
     * the request's parameters and to its already-built URI alike. Values are ours or checked
     * against a fixed list, never copied from the request as they are.
     */
    private static OAuth2AuthorizationRequest withKeycloakParameters(
            OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(UI_LOCALES, Language.of(exchange.getRequest()).tag());
        String action = exchange.getRequest().getQueryParams().getFirst(KC_ACTION);
        if (action != null && KC_ACTIONS.contains(action)) {
            extra.put(KC_ACTION, action);
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(request.getAuthorizationRequestUri());
        extra.forEach(uri::replaceQueryParam);
        return OAuth2AuthorizationRequest.from(request)
                .additionalParameters(parameters -> parameters.putAll(extra))
                .authorizationRequestUri(uri.build(true).toUriString())
                .build();
    }
}
