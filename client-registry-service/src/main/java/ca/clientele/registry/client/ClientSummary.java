package ca.clientele.registry.client;

import java.time.Instant;
import java.util.UUID;

/** One row of the staff client list. */
record ClientSummary(
        UUID id,
        String displayName,
        String firstName,
        String lastName,
        String email,
        ClientStatus status,
        Instant createdAt) {

    static ClientSummary of(Client client) {
        PersonName name = client.name();
        return new ClientSummary(
                client.id(),
                name.displayName(),
                name.firstName(),
                name.lastName(),
                client.email(),
                client.status(),
                client.createdAt());
    }
}
