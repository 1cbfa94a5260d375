package ca.clientele.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's {@code SESSION} cookie is the key to the user's tokens; services and portals have
 * no use for it, so it stops here instead of landing in downstream logs and heap dumps. Other
 * cookies (language, CSRF) pass on.
 */
@Component
class SessionCookieFilter implements GlobalFilter, Ordered {

    static final String SESSION_COOKIE = "SESSION";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> cookieHeaders = exchange.getRequest().getHeaders().get(HttpHeaders.COOKIE);
        if (cookieHeaders == null || cookieHeaders.stream().noneMatch(SessionCookieFilter::mentionsSession)) {
            return chain.filter(exchange);
        }
        List<String> kept = cookieHeaders.stream()
                .map(SessionCookieFilter::withoutSession)
                .filter(header -> !header.isEmpty())
                .toList();
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.remove(HttpHeaders.COOKIE);
                    kept.forEach(header -> headers.add(HttpHeaders.COOKIE, header));
                }))
                .build());
    }

    /** Early, before the request is routed; the order among header tweaks does not matter. */
    @Override
    public int getOrder() {
        return 0;
    }

    private static boolean mentionsSession(String header) {
        return header.contains(SESSION_COOKIE + "=");
    }

    static String withoutSession(String header) {
        return Arrays.stream(header.split(";"))
                .map(String::strip)
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(SESSION_COOKIE + "="))
                .collect(Collectors.joining("; "));
    }
}
