package ca.clientele.booking;

import ca.clientele.platform.testing.ServiceArchitecture;

class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("ca.clientele.booking");
    }
}
