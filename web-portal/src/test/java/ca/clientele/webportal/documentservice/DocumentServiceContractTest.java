package ca.clientele.webportal.documentservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What this portal sends to and reads from the document-service, checked against its committed OpenAPI document. */
class DocumentServiceContractTest {

    private static final OpenApiContract DOCUMENTS = OpenApiContract.load("document");

    @Test
    void everyFileCallMatchesTheDocumentServicesDocument() {
        DOCUMENTS.assertHttpInterface(DocumentClient.class);
    }

    @Test
    void everyFormCallMatchesTheDocumentServicesDocument() {
        DOCUMENTS.assertHttpInterface(FormClient.class);
    }
}
