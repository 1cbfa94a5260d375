package ca.clientele.webportal.registry;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What this portal sends to and reads from the registry, checked against the registry's committed OpenAPI document. */
class RegistryContractTest {

    @Test
    void everyRegistryCallMatchesTheRegistrysDocument() {
        OpenApiContract registry = OpenApiContract.load("client-registry");
        registry.assertHttpInterface(RegistryClient.class);
        registry.assertHttpInterface(VaccinationClient.class);
    }
}
