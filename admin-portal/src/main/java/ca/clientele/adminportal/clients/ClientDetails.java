package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.MontrealTime;
import java.time.Instant;
import java.util.UUID;

/** A client record as the registry returns it to staff (section 1 of the Client application). */
record ClientDetails(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String status,
        Instant createdAt,
        long version) {

    public String created() {
        return MontrealTime.format(createdAt);
    }
}
