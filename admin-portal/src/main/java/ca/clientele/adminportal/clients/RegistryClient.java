package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.backend.Backends;
import ca.clientele.adminportal.backend.ServicePage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The client-registry calls of the staff portal, made as the signed-in staff member. */
@Component
class RegistryClient {

    private static final ParameterizedTypeReference<ServicePage<ClientSummary>> PAGE_OF_CLIENTS =
            new ParameterizedTypeReference<>() {};

    private final RestClient http;

    RegistryClient(Backends backends) {
        this.http = backends.registry();
    }

    ServicePage<ClientSummary> search(ClientSearch search) {
        // Values go in as URI variables so that they are encoded strictly ("&", "+", accents).
        Map<String, Object> values = new HashMap<>();
        values.put("page", search.page());
        values.put("size", ClientSearch.PAGE_SIZE);
        return http.get()
                .uri(uri -> {
                    if (!search.q().isEmpty()) {
                        uri.queryParam("q", "{q}");
                        values.put("q", search.q());
                    }
                    search.status().ifPresent(status -> {
                        uri.queryParam("status", "{status}");
                        values.put("status", status.name());
                    });
                    return uri.path("/api/clients")
                            .queryParam("page", "{page}")
                            .queryParam("size", "{size}")
                            .build(values);
                })
                .retrieve()
                .body(PAGE_OF_CLIENTS);
    }

    ClientDetails client(UUID id) {
        return http.get().uri("/api/clients/{id}", id).retrieve().body(ClientDetails.class);
    }
}
