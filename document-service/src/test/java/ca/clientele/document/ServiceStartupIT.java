package ca.clientele.document;

import ca.clientele.platform.testing.ServiceStartupChecks;
import java.util.List;
import java.util.UUID;

/** The service starts on its own database and topic, healthy, documented and closed to strangers. */
class ServiceStartupIT extends ServiceStartupChecks {

    ServiceStartupIT() {
        super(
                "clientele.document.v1",
                5,
                List.of("document", "ticket_reader"),
                List.of("/api/documents?clientId=" + UUID.randomUUID()));
    }
}
