package ca.clientele.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.WebSession;

class ExpiredAuthorizationHandlerTest {

    private final ExpiredAuthorizationHandler handler =
            new ExpiredAuthorizationHandler(EntryPoints.authenticationEntryPoint(new WebSessionServerRequestCache()));

    private final ClientAuthorizationException refused =
            new ClientAuthorizationException(new OAuth2Error("invalid_grant"), "keycloak");

    @Test
    void aRefusedRefreshEndsTheSessionAndAnApiCallerGets401() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/clients/me"));
        WebSession session = exchange.getSession().block();

        handler.handle(exchange, new IllegalStateException("relay failed", refused))
                .block();

        assertThat(session.isExpired()).isTrue();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aPageIsSentToSignInAgain() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/rendez-vous").accept(MediaType.TEXT_HTML));

        handler.handle(exchange, refused).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(exchange.getResponse().getHeaders().getLocation()).hasToString("/oauth2/authorization/keycloak");
    }

    @Test
    void otherFailuresAreLeftToTheErrorHandler() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/clients/me"));
        IllegalStateException other = new IllegalStateException("boom");

        assertThatThrownBy(() -> handler.handle(exchange, other).block()).isSameAs(other);
    }
}
