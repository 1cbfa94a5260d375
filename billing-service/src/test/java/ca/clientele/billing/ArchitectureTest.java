package ca.clientele.billing;

import ca.clientele.platform.testing.ServiceArchitecture;

class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("ca.clientele.billing");
    }
}
