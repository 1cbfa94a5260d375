package ca.clientele.registry.client;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features of the registry may ask about client records (pets belong to an existing
 * record) or change in them (the profile photo the documents service announces), without reaching
 * into the record itself.
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

    /** Points the client's photo at this document; false when there is no such client. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean showPhoto(UUID clientId, UUID documentId, Instant now) {
        return clients.findById(clientId)
                .map(client -> {
                    client.showPhoto(documentId, now);
                    return true;
                })
                .orElse(false);
    }

    /** Drops the client's photo if it is this (deleted) document. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetPhoto(UUID clientId, UUID documentId, Instant now) {
        clients.findById(clientId).ifPresent(client -> client.forgetPhoto(documentId, now));
    }
}
