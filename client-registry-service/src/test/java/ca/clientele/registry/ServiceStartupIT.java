package ca.clientele.registry;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
@RegistryIntegrationTest // the same context as every other registry IT
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.client.v1",
                5,
                List.of("client", "client_search_token", "client_consent"),
                List.of("/api/clients/me", "/api/clients"));
    }
}
