package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.registry.identity.IdentityAccounts;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Client records as responses: the stored record plus the two-factor state read back from
 * Keycloak. Called outside any transaction, so a slow Keycloak never holds a database connection.
 */
@Component
class ClientRecords {

    private final ClientRepository clients;
    private final IdentityAccounts identity;

    ClientRecords(ClientRepository clients, IdentityAccounts identity) {
        this.clients = clients;
        this.identity = identity;
    }

    /** 404 for another client's id (or an unknown one). */
    ClientResponse read(UUID id, Caller caller) {
        caller.requireOwnOrStaff(id);
        return response(clients.findById(id).orElseThrow(ResourceNotFoundException::new), caller);
    }

    ClientResponse response(Client client, Caller caller) {
        return ClientResponse.of(client, caller.isStaff(), identity.twoFactorState(client.id()));
    }
}
