package ca.clientele.billing.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Kubernetes base never ships the demo registration numbers: they come from the operator's Secret. */
class DeploymentIdentityTest {

    private static final Path K8S = Path.of("..", "deploy", "k8s");

    @Test
    void theConfigMapCarriesNoRegistrationNumberAndTheServiceReadsThemFromTheSecret() throws IOException {
        String configMap = Files.readString(K8S.resolve("configmap.yaml"));
        assertThat(configMap)
                .doesNotContain(TaxRegistration.DEMO_GST_NUMBER)
                .doesNotContain(TaxRegistration.DEMO_QST_NUMBER)
                .doesNotContain("CLIENTELE_BILLING_GST_NUMBER:");

        String service = Files.readString(K8S.resolve("billing-service.yaml"));
        for (String variable : new String[] {
            "CLIENTELE_BILLING_GST_NUMBER",
            "CLIENTELE_BILLING_QST_NUMBER",
            "CLIENTELE_BILLING_LEGAL_NAME",
            "CLIENTELE_BILLING_ADDRESS"
        }) {
            assertThat(service)
                    .contains("- name: " + variable + "\n              valueFrom:\n                secretKeyRef:");
            assertThat(Files.readString(K8S.resolve("secret.example.yaml"))).contains(variable + ":");
        }
        // No profile turns the demo numbers on in production.
        assertThat(service).doesNotContain("SPRING_PROFILES_ACTIVE");
    }
}
