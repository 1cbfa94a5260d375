package ca.clientele.adminportal.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a client's consent history (NEWSLETTER, SMS, TWO_FACTOR), newest first from the
 * registry, which records who changed it by id only: the page says "the client" or "staff".
 */
record Consent(String option, boolean granted, Instant changedAt, String changedBy, String channel) {

    /** The client themself, a named staff member, or the id the registry gave. */
    public boolean byClient(UUID clientId) {
        return clientId != null && clientId.toString().equals(changedBy);
    }
}
