package ca.clientele.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every configuration key a deployable needs (see {@link ServiceConfiguration}) is given to its container in every
 * overlay, by an env entry or a key of a ConfigMap it loads; and no value it is given points back at localhost.
 */
class ConfigurationKeysTest {

    static final List<String> OVERLAYS = Repository.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyKeyADeployableNeedsIsProvided(String overlay) {
        Rendered rendered = Repository.overlay(overlay);
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.typed("Deployment", Deployment.class)) {
            String module = deployment.getMetadata().getName();
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            Set<String> provided = new HashSet<>();
            for (EnvVar env : container.getEnv()) {
                provided.add(ServiceConfiguration.relaxed(env.getName()));
                if (env.getValue() != null && env.getValue().contains("localhost")) {
                    problems.add(module + ": " + env.getName() + " points at localhost");
                }
            }
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() == null) {
                    continue;
                }
                Map<String, Object> data = rendered.find(
                                "ConfigMap", source.getConfigMapRef().getName())
                        .orElseThrow(() -> new AssertionError(module + " loads a ConfigMap the overlay lacks: "
                                + source.getConfigMapRef().getName()))
                        .map("data");
                data.forEach((key, value) -> {
                    provided.add(ServiceConfiguration.relaxed(key));
                    if (String.valueOf(value).contains("localhost")) {
                        problems.add(module + ": " + key + " (ConfigMap "
                                + source.getConfigMapRef().getName() + ") points at localhost");
                    }
                });
            }
            for (ServiceConfiguration.Need need : ServiceConfiguration.needs(module)) {
                if (!need.metBy(provided)) {
                    problems.add(module + " needs one of " + need.names() + " (" + need.why() + ")");
                }
            }
        }
        assertThat(problems).as("overlay %s", overlay).isEmpty();
    }

    @Test
    void theNeedsAreFoundWhereTheyAre() {
        // Guards the scanner itself: a few needs known from the services' configuration must be among those found.
        assertThat(names("gateway")).contains("CLIENTELE_GATEWAY_CLIENT_SECRET", "clientele.keycloak.url");
        assertThat(names("billing-service"))
                .contains(
                        "CLIENTELE_CRYPTO_AEAD_KEYSET",
                        "CLIENTELE_BILLING_GST_NUMBER",
                        "spring.datasource.url",
                        "spring.datasource.password",
                        "spring.kafka.bootstrap-servers",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .doesNotContain("STRIPE_SECRET_KEY");
        assertThat(names("event-service")).contains("spring.mail.host", "CLIENTELE_BUSINESS_NAME");
        assertThat(names("web-portal")).contains("clientele.services.registry").doesNotContain("spring.datasource.url");
    }

    @Test
    void aNestedDefaultNeedsItsInnerKeyUnlessTheOuterIsGiven() {
        var needs = ServiceConfiguration.needsOf(
                "clientele.sessions.aead-keyset",
                "${CLIENTELE_SESSIONS_AEAD_KEYSET:${CLIENTELE_CRYPTO_AEAD_KEYSET:}}",
                Map.of());
        assertThat(needs)
                .singleElement()
                .satisfies(need -> assertThat(need.names())
                        .contains("CLIENTELE_SESSIONS_AEAD_KEYSET", "CLIENTELE_CRYPTO_AEAD_KEYSET"));
        assertThat(ServiceConfiguration.needsOf("spring.mail.host", "localhost", Map.of()))
                .singleElement()
                .satisfies(need -> assertThat(need.names()).containsExactly("spring.mail.host"));
        assertThat(ServiceConfiguration.needsOf("x", "${STRIPE_SECRET_KEY:}", Map.of()))
                .isEmpty();
    }

    private static Set<String> names(String module) {
        Set<String> names = new HashSet<>();
        ServiceConfiguration.needs(module).forEach(need -> names.addAll(need.names()));
        return names;
    }
}
