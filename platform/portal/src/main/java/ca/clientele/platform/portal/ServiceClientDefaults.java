package ca.clientele.platform.portal;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.HttpServiceGroupConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Configures EVERY HTTP service client group of a portal ({@code @ImportHttpServices}) once: the
 * user's bearer token and language ({@link TokenRelay}), and the mapping of failures to the
 * exceptions the portal shows ({@link ServiceErrors}), named after the group. The base URL and
 * the timeouts are Boot's properties: {@code spring.http.serviceclient.<group>.base-url},
 * {@code spring.http.clients.connect-timeout} / {@code read-timeout} (defaults in {@link
 * PortalDefaults}).
 */
final class ServiceClientDefaults implements RestClientHttpServiceGroupConfigurer {

    private final JsonMapper json;

    ServiceClientDefaults(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void configureGroups(
            HttpServiceGroupConfigurer.Groups<org.springframework.web.client.RestClient.Builder> groups) {
        groups.forEachClient((group, builder) -> {
            ServiceErrors errors = new ServiceErrors(group.name(), json);
            builder.requestInterceptor(errors)
                    .requestInterceptor(new TokenRelay())
                    .defaultStatusHandler(HttpStatusCode::isError, errors);
        });
    }
}
