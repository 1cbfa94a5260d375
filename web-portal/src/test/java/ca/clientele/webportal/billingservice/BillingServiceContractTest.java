package ca.clientele.webportal.billingservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The portal's billing calls, checked against billing-service's committed document. */
class BillingServiceContractTest {

    @Test
    void invoiceCallsMatchTheBillingDocument() {
        OpenApiContract.load("billing").assertHttpInterface(InvoiceClient.class);
    }
}
