package ca.clientele.adminportal.settings;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** Categories, service options and canned replies as the staff portal sends and reads them. */
class SettingsContractTest {

    @Test
    void configurationCallsMatchTheTicketDocument() {
        OpenApiContract.load("ticket").assertHttpInterface(SettingsClient.class);
    }
}
