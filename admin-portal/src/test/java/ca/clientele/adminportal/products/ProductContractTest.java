package ca.clientele.adminportal.products;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What "Produits" and "Vente en magasin" send and read, checked against the services' committed OpenAPI documents. */
class ProductContractTest {

    @Test
    void everyProductCallMatchesTheBillingServicesDocument() {
        OpenApiContract.load("billing").assertHttpInterface(ProductClient.class);
    }

    @Test
    void theBuyersRecordMatchesTheRegistrysDocument() {
        OpenApiContract.load("client-registry").assertHttpInterface(ClientDirectory.class);
    }
}
