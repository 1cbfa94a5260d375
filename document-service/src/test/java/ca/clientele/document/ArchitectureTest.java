package ca.clientele.document;

import ca.clientele.platform.testing.ServiceArchitecture;

class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("ca.clientele.document");
    }
}
