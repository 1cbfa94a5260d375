package ca.clientele.adminportal.sales;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The sales report, checked against billing-service's committed document. */
class SalesContractTest {

    @Test
    void reportCallsMatchTheBillingDocument() {
        OpenApiContract.load("billing").assertHttpInterface(SalesClient.class);
    }
}
