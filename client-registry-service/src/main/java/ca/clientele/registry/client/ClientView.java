package ca.clientele.registry.client;

import java.time.Instant;
import java.util.UUID;

/**
 * A client record as a client reads it. Staff read {@link StaffClientView}, which adds the
 * staff-only fields; this record has no such field, so a client response can never carry one.
 */
record ClientView(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String mobilePhone,
        String homePhone,
        String preferredLanguage,
        String bio,
        ClientStatus status,
        Instant createdAt,
        long version)
        implements ClientResponse {

    static ClientView of(Client client) {
        PersonName name = client.name();
        return new ClientView(
                client.id(),
                name.firstName(),
                name.lastName(),
                name.displayName(),
                client.email(),
                client.mobilePhone(),
                client.homePhone(),
                client.preferredLanguage(),
                client.bio(),
                client.status(),
                client.createdAt(),
                client.version());
    }
}
