package ca.clientele.adminportal.incidents;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The register's calls (the form is the update's body), checked against ticket-service's committed document. */
class IncidentContractTest {

    @Test
    void registerCallsMatchTheTicketDocument() {
        OpenApiContract.load("ticket").assertHttpInterface(IncidentClient.class);
    }
}
