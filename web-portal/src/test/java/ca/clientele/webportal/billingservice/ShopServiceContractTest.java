package ca.clientele.webportal.billingservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What the Boutique sends to and reads from the billing-service, checked against its committed OpenAPI document. */
class ShopServiceContractTest {

    @Test
    void everyShopCallMatchesTheBillingServicesDocument() {
        OpenApiContract.load("billing").assertHttpInterface(ShopClient.class);
    }
}
