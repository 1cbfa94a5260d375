package ca.clientele.registry;

import ca.clientele.platform.testing.ServiceArchitecture;

class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("ca.clientele.registry");
    }
}
