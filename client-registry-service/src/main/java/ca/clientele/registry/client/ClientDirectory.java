package ca.clientele.registry.client;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What other features of the registry may ask about client records (pets belong to an existing
 * record), without reaching into the record itself.
 */
@Component
public class ClientDirectory {

    private final ClientRepository clients;

    ClientDirectory(ClientRepository clients) {
        this.clients = clients;
    }

    public boolean exists(UUID clientId) {
        return clients.existsById(clientId);
    }
}
