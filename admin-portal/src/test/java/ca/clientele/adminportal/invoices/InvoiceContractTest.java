package ca.clientele.adminportal.invoices;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** A client's invoices, checked against billing-service's committed document. */
class InvoiceContractTest {

    @Test
    void invoiceCallsMatchTheBillingDocument() {
        OpenApiContract.load("billing").assertHttpInterface(InvoiceClient.class);
    }
}
