package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceNotFoundException;
import ca.clientele.webportal.backend.Backends;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The client-registry calls of the portal, made as the signed-in client. */
@Component
class RegistryClient {

    private final RestClient http;

    RegistryClient(Backends backends) {
        this.http = backends.registry();
    }

    /** The caller's record, or empty before their first visit created it. */
    Optional<ClientRecord> me() {
        try {
            return Optional.ofNullable(
                    http.get().uri("/api/clients/me").retrieve().body(ClientRecord.class));
        } catch (ServiceNotFoundException notYetRegistered) {
            return Optional.empty();
        }
    }

    /** Creates the caller's record from their token; the registry makes it idempotent. */
    ClientRecord registerMe() {
        return http.post().uri("/api/clients/me").retrieve().body(ClientRecord.class);
    }

    /** {@code PUT /api/clients/{id}/addresses}: both addresses (each nullable) and the version. */
    ClientRecord saveAddresses(UUID clientId, Map<String, Object> body) {
        return put("/api/clients/{id}/addresses", clientId, body);
    }

    /** {@code PUT /api/clients/{id}/profile}. */
    ClientRecord saveProfile(UUID clientId, Map<String, Object> body) {
        return put("/api/clients/{id}/profile", clientId, body);
    }

    /** {@code PUT /api/clients/{id}/email}: Keycloak sends a verification e-mail to the new address. */
    ClientRecord saveEmail(UUID clientId, Map<String, Object> body) {
        return put("/api/clients/{id}/email", clientId, body);
    }

    /** {@code PUT /api/clients/{id}/options}: newsletter, SMS and two-factor (null = unchanged). */
    ClientRecord saveOptions(UUID clientId, Map<String, Object> body) {
        return put("/api/clients/{id}/options", clientId, body);
    }

    /** The client's consent history (newsletter, SMS, two-factor changes), newest first. */
    List<Consent> consents(UUID clientId) {
        Consent[] consents = http.get()
                .uri("/api/clients/{id}/consents", clientId)
                .retrieve()
                .body(Consent[].class);
        return consents == null ? List.of() : Arrays.asList(consents);
    }

    /** The client's pets that are not archived. */
    List<Pet> pets(UUID clientId) {
        Pet[] pets =
                http.get().uri("/api/clients/{id}/pets", clientId).retrieve().body(Pet[].class);
        return pets == null ? List.of() : Arrays.asList(pets);
    }

    Pet addPet(UUID clientId, Map<String, Object> body) {
        return http.post()
                .uri("/api/clients/{id}/pets", clientId)
                .body(body)
                .retrieve()
                .body(Pet.class);
    }

    Pet updatePet(UUID clientId, UUID petId, Map<String, Object> body) {
        return http.put()
                .uri("/api/clients/{id}/pets/{petId}", clientId, petId)
                .body(body)
                .retrieve()
                .body(Pet.class);
    }

    Pet archivePet(UUID clientId, UUID petId, long version) {
        return http.post()
                .uri("/api/clients/{id}/pets/{petId}/archive", clientId, petId)
                .body(Map.of("version", version))
                .retrieve()
                .body(Pet.class);
    }

    private ClientRecord put(String path, UUID clientId, Map<String, Object> body) {
        return http.put().uri(path, clientId).body(body).retrieve().body(ClientRecord.class);
    }
}
