package ca.clientele.adminportal.billing;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What the billing section sends to and reads from the billing-service, checked against its OpenAPI document. */
class BillingContractTest {

    @Test
    void everyBillingCallMatchesTheBillingServicesDocument() {
        OpenApiContract.load("billing").assertHttpInterface(BillingClient.class);
    }
}
