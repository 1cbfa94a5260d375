package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.registry.identity.TwoFactorStates;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Client records as responses: the stored record plus the two-factor state Keycloak reported at
 * most {@code clientele.keycloak.two-factor-ttl} ago (ADR 0010). Called outside any transaction, so
 * a slow Keycloak never holds a database connection.
 */
@Component
class ClientRecords {

    private final ClientRepository clients;
    private final TwoFactorStates twoFactor;

    ClientRecords(ClientRepository clients, TwoFactorStates twoFactor) {
        this.clients = clients;
        this.twoFactor = twoFactor;
    }

    /** 404 for another client's id (or an unknown one). */
    ClientResponse read(UUID id, Caller caller) {
        caller.requireOwnOrStaff(id);
        return response(clients.findById(id).orElseThrow(ResourceNotFoundException::new), caller);
    }

    ClientResponse response(Client client, Caller caller) {
        return ClientResponse.of(client, caller.isStaff(), twoFactor.recent(client.id()));
    }
}
