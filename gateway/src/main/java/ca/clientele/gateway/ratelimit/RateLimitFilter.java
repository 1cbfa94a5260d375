package ca.clientele.gateway.ratelimit;

import ca.clientele.gateway.web.Language;
import ca.clientele.gateway.web.Problems;
import java.net.InetSocketAddress;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Counts sign-ins per IP address and writes per IP address and per session, in windows shared by every replica, and
 * answers 429 with {@code Retry-After} past the limit. Runs before Spring Security, so that a
 * flood of sign-ins never reaches the OAuth2 machinery (nor Keycloak behind it).
 */
final class RateLimitFilter implements WebFilter, Ordered {

    /** Before Spring Security's WebFilterChainProxy (-100). */
    static final int ORDER = -200;

    static final String SIGN_IN = "sign-in";
    static final String WRITES = "writes";

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private static final Set<HttpMethod> WRITE_METHODS =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** Stripe retries its webhooks and billing checks their signature: never limited here. */
    private static final String STRIPE_WEBHOOK = "/webhooks/stripe";

    private static final RateLimitWindows.Decision ALLOWED = new RateLimitWindows.Decision(true, 0);

    private final RateLimitWindows windows;
    private final RateLimitProperties properties;

    RateLimitFilter(RateLimitWindows windows, RateLimitProperties properties) {
        this.windows = windows;
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!properties.enabled()) {
            return chain.filter(exchange);
        }
        String address = "ip:" + clientAddress(request);
        if (isSignIn(request)) {
            return count(SIGN_IN, address, properties.signInPerIp())
                    .flatMap(decision -> proceedOrRefuse(exchange, chain, SIGN_IN, decision));
        }
        if (isWrite(request)) {
            // Per address first (it also covers writes without a session), then per session.
            Mono<RateLimitWindows.Decision> perSession = exchange.getSession()
                    .filter(WebSession::isStarted)
                    .flatMap(session -> count(WRITES, "session:" + session.getId(), properties.writesPerSession()))
                    .defaultIfEmpty(ALLOWED);
            return count(WRITES, address, properties.writesPerIp())
                    .flatMap(decision -> decision.allowed() ? perSession : Mono.just(decision))
                    .flatMap(decision -> proceedOrRefuse(exchange, chain, WRITES, decision));
        }
        return chain.filter(exchange);
    }

    private Mono<RateLimitWindows.Decision> count(String limitName, String caller, int limit) {
        return windows.hit(limitName, caller, limit, properties.window())
                // The store is down: serve rather than refuse everyone (sessions fail loudly anyway).
                .onErrorResume(e -> {
                    log.warn("Rate limit store unavailable, request not counted: {}", e.toString());
                    return Mono.just(ALLOWED);
                });
    }

    private static Mono<Void> proceedOrRefuse(
            ServerWebExchange exchange, WebFilterChain chain, String limitName, RateLimitWindows.Decision decision) {
        return decision.allowed()
                ? chain.filter(exchange)
                : tooManyRequests(exchange, limitName, decision.retryAfterSeconds());
    }

    static boolean isSignIn(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        return path.startsWith("/oauth2/authorization/") || path.startsWith("/login/oauth2/code/");
    }

    static boolean isWrite(ServerHttpRequest request) {
        return WRITE_METHODS.contains(request.getMethod())
                && !request.getPath().pathWithinApplication().value().equals(STRIPE_WEBHOOK);
    }

    /**
     * The peer's address; behind an ingress it is the client's only when the gateway runs with
     * {@code server.forward-headers-strategy=native} and the ingress overwrites X-Forwarded-For.
     */
    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }

    private static Mono<Void> tooManyRequests(ServerWebExchange exchange, String limitName, long retryAfter) {
        Language language = Language.of(exchange.getRequest());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        String detail = SIGN_IN.equals(limitName)
                ? language.pick(
                        "Trop de tentatives de connexion depuis cette adresse. Réessayez dans " + retryAfter
                                + " secondes.",
                        "Too many sign-in attempts from this address. Try again in " + retryAfter + " seconds.")
                : language.pick(
                        "Trop de modifications en peu de temps. Réessayez dans " + retryAfter + " secondes.",
                        "Too many changes in a short time. Try again in " + retryAfter + " seconds.");
        String title = language.pick("Trop de requêtes", "Too many requests");
        if (isNavigation(exchange.getRequest())) {
            return Problems.writePage(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, language, title, detail);
        }
        return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, title, detail);
    }

    /** A person's browser loading a page (not htmx, not a script): it asks for HTML. */
    static boolean isNavigation(ServerHttpRequest request) {
        if ("true".equalsIgnoreCase(request.getHeaders().getFirst("HX-Request"))) {
            return false;
        }
        return request.getHeaders().getAccept().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
