package ca.clientele.platform.observability;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches the requests that arrived on the separate management port (actuator's own server, {@code
 * management.server.port}), whatever port it was given (0 in tests): the management server's context announces its
 * port to this one, its parent, when it starts.
 */
class ManagementPort implements RequestMatcher, ApplicationListener<WebServerInitializedEvent> {

    static final String NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(WebServerApplicationContext.getServerNamespace(event.getApplicationContext()))) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
