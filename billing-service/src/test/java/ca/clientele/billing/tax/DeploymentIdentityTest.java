package ca.clientele.billing.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests never ship the demo registration numbers: the billing-service reads the business identity
 * from the ConfigMap clientele-business, which production creates itself (docs/operations.md) and the dev overlay
 * generates with fake numbers.
 */
class DeploymentIdentityTest {

    private static final Path K8S = Path.of("..", "deploy", "k8s");

    @Test
    void noManifestCarriesTheDemoNumbersAndTheServiceReadsTheIdentityFromItsConfigMap() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(K8S)) {
            manifests = files.filter(file ->
                            file.toString().endsWith(".yaml") || file.toString().endsWith(".env"))
                    .filter(file -> !file.toString().contains("target"))
                    .toList();
        }
        assertThat(manifests).isNotEmpty();
        for (Path manifest : manifests) {
            assertThat(Files.readString(manifest))
                    .as(manifest.toString())
                    .doesNotContain(TaxRegistration.DEMO_GST_NUMBER)
                    .doesNotContain(TaxRegistration.DEMO_QST_NUMBER);
        }

        String service = Files.readString(K8S.resolve("base/apps/billing-service.yaml"));
        for (String variable : new String[] {
            "CLIENTELE_BILLING_GST_NUMBER",
            "CLIENTELE_BILLING_QST_NUMBER",
            "CLIENTELE_BILLING_LEGAL_NAME",
            "CLIENTELE_BILLING_ADDRESS"
        }) {
            assertThat(service)
                    .contains("- name: " + variable + "\n          valueFrom:\n            configMapKeyRef:\n"
                            + "              name: clientele-business\n");
        }
        // No profile turns the demo numbers on in a cluster.
        assertThat(service).doesNotContain("SPRING_PROFILES_ACTIVE");
    }
}
