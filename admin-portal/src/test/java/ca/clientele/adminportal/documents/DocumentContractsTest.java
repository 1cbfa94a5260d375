package ca.clientele.adminportal.documents;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What the staff portal sends to and reads from the document-service, checked against its committed document. */
class DocumentContractsTest {

    private static final OpenApiContract DOCUMENTS = OpenApiContract.load("document");

    @Test
    void fileCallsMatchTheDocumentServicesDocument() {
        DOCUMENTS.assertHttpInterface(DocumentClient.class);
    }

    @Test
    void formCallsMatchTheDocumentServicesDocument() {
        DOCUMENTS.assertHttpInterface(FormClient.class);
    }
}
