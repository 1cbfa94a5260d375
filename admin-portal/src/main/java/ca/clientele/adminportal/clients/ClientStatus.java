package ca.clientele.adminportal.clients;

import java.util.Arrays;
import java.util.Optional;

/** The statuses staff filter on (actif, inactif, suspendu, banni); labels are in the messages. */
enum ClientStatus {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    BANNED;

    /** A value from the query string; anything else means "all statuses" rather than an error. */
    static Optional<ClientStatus> parse(String value) {
        return Arrays.stream(values())
                .filter(status -> status.name().equals(value))
                .findFirst();
    }
}
