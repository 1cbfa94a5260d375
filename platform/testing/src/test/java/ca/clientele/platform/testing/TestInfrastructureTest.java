package ca.clientele.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @AfterEach
    void clearMode() {
        System.clearProperty(TestInfrastructure.PROPERTY);
    }

    @Test
    void embeddedUnlessContainersAreAskedFor() {
        assertThat(TestInfrastructure.containers()).isFalse();
        System.setProperty(TestInfrastructure.PROPERTY, "containers");
        assertThat(TestInfrastructure.containers()).isTrue();
    }

    @Test
    void aMistypedModeIsRefusedRatherThanSilentlyEmbedded() {
        System.setProperty(TestInfrastructure.PROPERTY, "container");
        assertThatThrownBy(TestInfrastructure::containers).hasMessageContaining("'container'");
    }

    /** The parent pom's container.image.* reach the tests filtered: a pinned version each, never 'latest'. */
    @Test
    void everyImageIsPinnedToAVersion() {
        for (String name : List.of("postgres", "kafka", "keycloak")) {
            assertThat(TestInfrastructure.image(name))
                    .as(name)
                    .matches("[a-z0-9./_-]+:\\d+\\.\\d+(\\.\\d+)?")
                    .doesNotContain("@");
        }
        assertThatThrownBy(() -> TestInfrastructure.image("redis")).hasMessageContaining("redis");
    }
}
