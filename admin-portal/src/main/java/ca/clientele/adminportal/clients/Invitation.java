package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.MontrealTime;
import java.time.Instant;

/** The registry's answer to an invitation: when Keycloak's e-mail went out. */
record Invitation(Instant sentAt) {

    String sent() {
        return MontrealTime.format(sentAt);
    }
}
