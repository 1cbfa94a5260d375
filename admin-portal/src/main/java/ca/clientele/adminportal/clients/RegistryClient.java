package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.backend.Backends;
import ca.clientele.adminportal.backend.ServicePage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The client-registry calls of the staff portal, made as the signed-in staff member. */
@Component
class RegistryClient {

    private static final ParameterizedTypeReference<ServicePage<ClientSummary>> PAGE_OF_CLIENTS =
            new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<List<Consent>> CONSENTS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Pet>> PETS = new ParameterizedTypeReference<>() {};

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

    /** {@code part} is one of the contract's write paths: profile, addresses, general, status, options. */
    ClientDetails update(UUID id, String part, Map<String, Object> body) {
        return http.put()
                .uri("/api/clients/{id}/{part}", id, part)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(ClientDetails.class);
    }

    ClientDetails create(Map<String, Object> body) {
        return http.post()
                .uri("/api/clients")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(ClientDetails.class);
    }

    List<Consent> consents(UUID id) {
        return http.get().uri("/api/clients/{id}/consents", id).retrieve().body(CONSENTS);
    }

    List<Pet> pets(UUID id) {
        return http.get().uri("/api/clients/{id}/pets", id).retrieve().body(PETS);
    }

    Pet addPet(UUID id, Map<String, Object> body) {
        return http.post()
                .uri("/api/clients/{id}/pets", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Pet.class);
    }

    Pet updatePet(UUID id, UUID petId, Map<String, Object> body) {
        return http.put()
                .uri("/api/clients/{id}/pets/{petId}", id, petId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Pet.class);
    }

    Pet archivePet(UUID id, UUID petId, long version) {
        return http.post()
                .uri("/api/clients/{id}/pets/{petId}/archive", id, petId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("version", version))
                .retrieve()
                .body(Pet.class);
    }
}
