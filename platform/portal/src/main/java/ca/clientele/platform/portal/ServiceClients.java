package ca.clientele.platform.portal;

import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the {@link RestClient} a portal uses to call one backend service: from Boot's builder (so
 * it reads JSON with the application's tolerant mapper), relaying the user's token and language,
 * and mapping error answers to the exceptions {@code ErrorPages} shows. Which services a portal
 * calls, and where they are, stays in the portal.
 *
 * @deprecated Portals declare {@code @HttpExchange} interfaces with {@code @ImportHttpServices}
 *     instead (configured once by {@link ServiceClientDefaults}); this stays only until
 *     admin-portal has moved, then goes.
 */
@Deprecated(forRemoval = true)
public final class ServiceClients {

    private final ObjectProvider<RestClient.Builder> builders;
    private final JsonMapper json;

    ServiceClients(ObjectProvider<RestClient.Builder> builders, JsonMapper json) {
        this.builders = builders;
        this.json = json;
    }

    /** {@code service} names the callee in logs and exception messages, e.g. "client-registry". */
    public RestClient forService(String service, URI baseUrl) {
        return builders.getObject()
                .baseUrl(baseUrl.toString())
                .requestInterceptor(new TokenRelay())
                .defaultStatusHandler(HttpStatusCode::isError, new ServiceErrors(service, json))
                .build();
    }
}
