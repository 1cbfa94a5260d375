package ca.clientele.webportal.registry;

import ca.clientele.platform.portal.ServiceNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The signed-in client's record for the page being rendered. The first visit to ANY page of the
 * portal creates it (brief §4): GET answers 404 once, then POST registers from the token (the
 * registry makes that idempotent).
 */
@Component
class CurrentClient {

    private final RegistryClient registry;

    CurrentClient(RegistryClient registry) {
        this.registry = registry;
    }

    ClientRecord load() {
        try {
            return registry.me();
        } catch (ServiceNotFoundException notYetRegistered) {
            return registry.registerMe();
        }
    }
}
