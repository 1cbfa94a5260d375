package ca.clientele.webportal.account;

import ca.clientele.platform.portal.ServiceNotFoundException;
import ca.clientele.webportal.backend.Backends;
import java.util.Optional;
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
}
