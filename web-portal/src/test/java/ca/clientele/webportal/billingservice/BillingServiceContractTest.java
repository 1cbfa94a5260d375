package ca.clientele.webportal.billingservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What "Rendez-vous confirmés" sends to and reads from the billing-service, checked against its OpenAPI document. */
class BillingServiceContractTest {

    @Test
    void everyOrderCallMatchesTheBillingServicesDocument() {
        OpenApiContract.load("billing").assertHttpInterface(OrderClient.class);
    }
}
