package ca.clientele.adminportal.catalog;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The staff-account list the staff screens link members to, checked against the registry's document. */
class StaffAccountContractTest {

    @Test
    void staffAccountsMatchTheRegistryDocument() {
        OpenApiContract.load("client-registry").assertHttpInterface(StaffAccountClient.class);
    }
}
