package ca.clientele.adminportal.backend;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands out one {@link RestClient} per backend service, each built from Boot's builder (so it
 * reads JSON with the application's tolerant mapper), relaying the user's token and language, and
 * mapping error answers to exceptions.
 */
@Component
public class Backends {

    private final ObjectProvider<RestClient.Builder> builders;
    private final ServiceProperties services;
    private final JsonMapper json;

    Backends(ObjectProvider<RestClient.Builder> builders, ServiceProperties services, JsonMapper json) {
        this.builders = builders;
        this.services = services;
        this.json = json;
    }

    public RestClient registry() {
        return client("client-registry", services.registry().toString());
    }

    public RestClient events() {
        return client("event-service", services.events().toString());
    }

    private RestClient client(String service, String baseUrl) {
        return builders.getObject()
                .baseUrl(baseUrl)
                .requestInterceptor(new TokenRelay())
                .defaultStatusHandler(HttpStatusCode::isError, new ServiceErrors(service, json))
                .build();
    }
}
