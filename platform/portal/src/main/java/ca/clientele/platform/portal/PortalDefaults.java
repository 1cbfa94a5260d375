package ca.clientele.platform.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What every portal sets the same way, with lower precedence than the portal's application.yml
 * but higher than the platform's service defaults: timeouts of every HTTP service client, the
 * portal message bundles, a tolerant reader of service JSON (fields added later are ignored), no
 * whitelabel page, and readiness without a database.
 */
class PortalDefaults implements EnvironmentPostProcessor {

    static final String PLATFORM_DEFAULTS = "clienteleDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.http.clients.connect-timeout", "2s");
        defaults.put("spring.http.clients.read-timeout", "10s");
        defaults.put("spring.messages.basename", "messages,i18n/portal,i18n/platform");
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", false);
        defaults.put("server.error.whitelabel.enabled", false);
        // No database here (the platform's default readiness group also waits for "db").
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState");
        MapPropertySource source = new MapPropertySource("clientelePortalDefaults", defaults);
        if (environment.getPropertySources().contains(PLATFORM_DEFAULTS)) {
            environment.getPropertySources().addBefore(PLATFORM_DEFAULTS, source);
        } else {
            environment.getPropertySources().addLast(source);
        }
    }
}
