package ca.clientele.webportal.billingservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What "Modes de paiement" and card payment send to and read from the billing-service, against its committed document. */
class BillingServiceContractTest {

    private static final OpenApiContract BILLING = OpenApiContract.load("billing");

    @Test
    void everySavedCardCallMatchesTheBillingServicesDocument() {
        BILLING.assertHttpInterface(PaymentMethodClient.class);
    }

    @Test
    void everyCardPaymentCallMatchesTheBillingServicesDocument() {
        BILLING.assertHttpInterface(CardPaymentClient.class);
    }
}
