package ca.clientele.adminportal.events;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The timeline calls of the staff portal, checked against the event service's committed document. */
class EventContractTest {

    @Test
    void eventCallsMatchTheEventDocument() {
        OpenApiContract.load("event").assertHttpInterface(EventClient.class);
    }
}
