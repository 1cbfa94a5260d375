package ca.clientele.gateway.security;

import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The session is signed in but its tokens can no longer be used: the refresh token was refused
 * (Keycloak session ended or revoked) or the tokens are gone. {@code TokenRelay} then fails with a
 * {@link ClientAuthorizationException}, which would otherwise surface as a 500. The session is
 * ended and the caller treated as anonymous: 401 problem for programs, login again for pages.
 */
final class ExpiredAuthorizationHandler implements WebExceptionHandler, Ordered {

    private final ServerAuthenticationEntryPoint entryPoint;

    ExpiredAuthorizationHandler(ServerAuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ClientAuthorizationException expired = find(ex);
        if (expired == null || exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        return exchange.getSession()
                .flatMap(WebSession::invalidate)
                .then(entryPoint.commence(
                        exchange, new AuthenticationCredentialsNotFoundException("Sign-in expired", expired)));
    }

    /** Before Boot's error handler, which would answer 500. */
    @Override
    public int getOrder() {
        return -2;
    }

    private static ClientAuthorizationException find(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClientAuthorizationException found) {
                return found;
            }
        }
        return null;
    }
}
