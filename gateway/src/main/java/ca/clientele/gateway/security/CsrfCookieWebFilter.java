package ca.clientele.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The CSRF token is deferred: Spring Security only creates it (and so only sets the
 * {@code XSRF-TOKEN} cookie) when something asks for it. Nothing in the gateway renders pages, so
 * this filter asks on every request; the portals and their htmx calls then always find the cookie.
 */
final class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return chain.filter(exchange);
        }
        return token.then(Mono.defer(() -> chain.filter(exchange)));
    }
}
