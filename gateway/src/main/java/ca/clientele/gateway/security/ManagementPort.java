package ca.clientele.gateway.security;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The port of actuator's own server ({@code management.server.port}, 9090 in Kubernetes), announced by that server's
 * context when it starts: the Prometheus scrape is open there and only there (the platform's rule for servlet apps,
 * platform-core's ManagementSecurityAutoConfiguration; the gateway is WebFlux and has its own chain).
 */
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(WebServerApplicationContext.getServerNamespace(event.getApplicationContext()))) {
            port = event.getWebServer().getPort();
        }
    }

    /** {@code /actuator/prometheus} received on the management port; never matches when actuator shares the port. */
    ServerWebExchangeMatcher scrape() {
        ServerWebExchangeMatcher path = ServerWebExchangeMatchers.pathMatchers("/actuator/prometheus");
        return exchange -> {
            var local = exchange.getRequest().getLocalAddress();
            if (port <= 0 || local == null || local.getPort() != port) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            return path.matches(exchange);
        };
    }
}
