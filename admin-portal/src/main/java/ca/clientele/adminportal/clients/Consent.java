package ca.clientele.adminportal.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a client's consent history (NEWSLETTER, SMS, TWO_FACTOR), newest first from the
 * registry. {@code changedByName} is read if the registry stores one, as it does for the status.
 */
record Consent(
        String option, boolean granted, Instant changedAt, String changedBy, String changedByName, String channel) {

    /** The client themself, a named staff member, or the id the registry gave. */
    public boolean byClient(UUID clientId) {
        return clientId != null && clientId.toString().equals(changedBy);
    }

    public String changer() {
        return changedByName != null && !changedByName.isBlank() ? changedByName : changedBy;
    }
}
