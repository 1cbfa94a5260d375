package ca.clientele.adminportal.clients;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What the staff portal sends to and reads from each service, checked against the service's committed document. */
class ServiceContractsTest {

    @Test
    void registryCallsMatchTheRegistrysDocument() {
        OpenApiContract registry = OpenApiContract.load("client-registry");
        registry.assertHttpInterface(RegistryClient.class);
        registry.assertHttpInterface(VaccinationClient.class);
    }
}
