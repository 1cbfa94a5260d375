package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceSpecTest {

    @Test
    void theDocumentServiceKeepsTheOptimizingCompilerAndTheOthersStopAtC1() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (service.name().equals("documents")) {
                assertThat(service.jvmFlags())
                        .doesNotContain("-XX:TieredStopAtLevel=1")
                        .contains("-Xmx192m", "-XX:+UseSerialGC");
            } else {
                assertThat(service.jvmFlags()).as(service.name()).contains("-XX:TieredStopAtLevel=1");
            }
        }
    }
}
