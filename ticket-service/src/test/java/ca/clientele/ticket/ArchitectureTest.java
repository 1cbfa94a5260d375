package ca.clientele.ticket;

import ca.clientele.platform.testing.ServiceArchitecture;

class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("ca.clientele.ticket");
    }
}
