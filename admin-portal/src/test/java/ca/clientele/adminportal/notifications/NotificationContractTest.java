package ca.clientele.adminportal.notifications;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The notifications calls of the staff portal, checked against the event service's committed document. */
class NotificationContractTest {

    @Test
    void notificationCallsMatchTheEventDocument() {
        OpenApiContract.load("event").assertHttpInterface(NotificationClient.class);
    }
}
