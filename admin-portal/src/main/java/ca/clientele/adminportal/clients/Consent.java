package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.MontrealTime;
import java.time.Instant;

/** One entry of a client's consent history (newsletter, SMS), newest first from the registry. */
record Consent(String option, boolean granted, Instant changedAt, String changedBy, String channel) {

    public String changed() {
        return changedAt == null ? "" : MontrealTime.format(changedAt);
    }
}
