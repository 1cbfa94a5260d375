package ca.clientele.registry.client;

import java.time.Instant;
import java.util.UUID;

/** A client record as the client and staff read it (staff-only fields come with their issue). */
record ClientView(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        ClientStatus status,
        Instant createdAt,
        long version) {

    static ClientView of(Client client) {
        PersonName name = client.name();
        return new ClientView(
                client.id(),
                name.firstName(),
                name.lastName(),
                name.displayName(),
                client.email(),
                client.status(),
                client.createdAt(),
                client.version());
    }
}
