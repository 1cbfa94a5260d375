package ca.clientele.webportal.billingservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What the portal sends to and reads from the billing-service ("Rendez-vous confirmés", "Facture", "Modes de paiement", card payment), against its committed document. */
class BillingServiceContractTest {

    private static final OpenApiContract BILLING = OpenApiContract.load("billing");

    @Test
    void everySavedCardCallMatchesTheBillingServicesDocument() {
        BILLING.assertHttpInterface(PaymentMethodClient.class);
    }

    @Test
    void everyOrderCallMatchesTheBillingServicesDocument() {
        BILLING.assertHttpInterface(OrderClient.class);
    }

    @Test
    void everyInvoiceCallMatchesTheBillingServicesDocument() {
        BILLING.assertHttpInterface(InvoiceClient.class);
    }

    @Test
    void everyCardPaymentCallMatchesTheBillingServicesDocument() {
        BILLING.assertHttpInterface(CardPaymentClient.class);
    }
}
