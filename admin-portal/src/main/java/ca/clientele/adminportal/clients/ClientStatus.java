package ca.clientele.adminportal.clients;

import java.util.Arrays;
import java.util.Optional;

/** The statuses of the seed (actif, inactif, suspendu, banni); labels are in the messages. */
enum ClientStatus {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    BANNED;

    /** A value from the query string or a form; anything else is "none" rather than an error. */
    static Optional<ClientStatus> parse(String value) {
        return Arrays.stream(values())
                .filter(status -> status.name().equals(value))
                .findFirst();
    }

    /** The registry requires a reason (1..500 characters) for these two. */
    boolean needsReason() {
        return this == SUSPENDED || this == BANNED;
    }
}
