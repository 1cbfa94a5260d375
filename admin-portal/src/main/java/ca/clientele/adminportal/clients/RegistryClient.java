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

/** The client-registry calls of the staff portal (docs/api/client-registry.md), made as the staff member. */
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
                    search.branch().ifPresent(branch -> {
                        uri.queryParam("branch", "{branch}");
                        values.put("branch", branch);
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

    /** {@code PUT /api/clients/{id}/{part}}: profile, email, status, general, addresses or options. */
    ClientDetails update(UUID id, String part, Map<String, Object> body) {
        return http.put()
                .uri("/api/clients/{id}/{part}", id, part)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(ClientDetails.class);
    }

    /** A client from a phone call: the registry creates their Keycloak account (no password) first. */
    ClientDetails create(Map<String, Object> body) {
        return post(body, ClientDetails.class, "/api/clients");
    }

    Invitation invite(UUID id) {
        return http.post().uri("/api/clients/{id}/invitation", id).retrieve().body(Invitation.class);
    }

    List<Consent> consents(UUID id) {
        return http.get().uri("/api/clients/{id}/consents", id).retrieve().body(CONSENTS);
    }

    /** Archived pets too: staff see them, read-only. */
    List<Pet> pets(UUID id) {
        List<Pet> pets = http.get()
                .uri("/api/clients/{id}/pets?includeArchived=true", id)
                .retrieve()
                .body(PETS);
        return pets == null ? List.of() : pets;
    }

    Pet addPet(UUID id, Map<String, Object> body) {
        return post(body, Pet.class, "/api/clients/{id}/pets", id);
    }

    Pet updatePet(UUID id, UUID petId, Map<String, Object> body) {
        return http.put()
                .uri("/api/clients/{id}/pets/{petId}", id, petId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Pet.class);
    }

    Pet archivePet(UUID id, UUID petId, Map<String, Object> body) {
        return post(body, Pet.class, "/api/clients/{id}/pets/{petId}/archive", id, petId);
    }

    private <T> T post(Map<String, Object> body, Class<T> answer, String path, Object... variables) {
        return http.post()
                .uri(path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(answer);
    }
}
