package ca.clientele.webportal.account;

import org.springframework.stereotype.Component;

/**
 * The signed-in client's record for the page being rendered. The first visit to ANY page of the
 * portal creates it (brief §4): GET answers 404 once, then POST registers from the token.
 */
@Component
class CurrentClient {

    private final RegistryClient registry;

    CurrentClient(RegistryClient registry) {
        this.registry = registry;
    }

    ClientRecord load() {
        return registry.me().orElseGet(registry::registerMe);
    }
}
