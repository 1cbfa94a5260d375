package ca.clientele.gateway.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the CSRF token from the {@code X-XSRF-TOKEN} header first and only falls back to the
 * {@code _csrf} form field when no header is present.
 *
 * <p>Spring Security's default reads the form first. On a gateway that is wrong: reading the form
 * consumes the request body that must be forwarded downstream. Portals send the header (htmx), so
 * their bodies are never touched here; the form fallback exists for plain HTML forms, notably the
 * logout form, and {@link FormBodyReplayWebFilter} keeps even those bodies intact.
 *
 * <p>The token is compared as-is (no XOR masking, unlike Spring Security's default): the value of
 * the readable {@code XSRF-TOKEN} cookie is exactly what goes into the header.
 */
final class HeaderFirstCsrfTokenRequestHandler implements ServerCsrfTokenRequestHandler {

    private final ServerCsrfTokenRequestAttributeHandler plain = new ServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
        plain.handle(exchange, csrfToken);
    }

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
        if (header != null) {
            return Mono.just(header);
        }
        if (!isForm(exchange)) {
            return Mono.empty();
        }
        return exchange.getFormData().mapNotNull(form -> form.getFirst(csrfToken.getParameterName()));
    }

    static boolean isForm(ServerWebExchange exchange) {
        MediaType contentType = exchange.getRequest().getHeaders().getContentType();
        return contentType != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType);
    }
}
