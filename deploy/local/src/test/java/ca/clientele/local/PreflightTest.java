package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @Test
    void aPortInUseGivesOneClearLineNamingTheComponent() throws IOException {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = busy.getLocalPort();
            Map<Integer, String> ports = new LinkedHashMap<>();
            ports.put(port, "gateway");

            assertThatThrownBy(() -> Preflight.checkPortsFree(ports))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessage("Port " + port + " (gateway) is already in use.");
        }
    }

    @Test
    void aListenerOnTheWildcardAddressIsSeenToo() throws IOException {
        try (ServerSocket busy = new ServerSocket(0)) {
            assertThat(Preflight.isInUse(busy.getLocalPort())).isTrue();
        }
    }

    @Test
    void freePortsPass() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertThatCode(() -> Preflight.checkPortsFree(Map.of(port, "gateway"))).doesNotThrowAnyException();
    }

    @Test
    void anOldJavaIsRefusedWithOneClearLine() {
        assertThatThrownBy(() -> Preflight.checkJava(17))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Java 21 or newer is needed; this is Java 17");
        assertThatCode(() -> Preflight.checkJava(21)).doesNotThrowAnyException();
    }

    @Test
    void aMissingServiceJarSaysHowToBuildIt(@TempDir Path root) throws IOException {
        ServiceSpec registry = ServiceSpec.ALL.getFirst();
        ServiceSpec gateway = ServiceSpec.ALL.getLast();
        Files.createDirectories(root.resolve(registry.jar()).getParent());
        Files.writeString(root.resolve(registry.jar()), "jar");

        assertThatThrownBy(() -> Preflight.checkJars(root, List.of(registry, gateway)))
                .isInstanceOf(LocalStackException.class)
                .hasMessage("Missing gateway/target/gateway.jar: run ./mvnw -DskipTests package first");
    }

    @Test
    void theStackChecksEveryPortOfThePlatform() {
        Map<Integer, String> ports =
                LocalStack.create(Path.of("."), Path.of("data")).ports();

        assertThat(ports)
                .containsKeys(8080, 8081, 8082, 8091, 8092, 8093, 8094, 8095, 8096, 8180, 9000, 9092, 9093, 15432, 3025)
                .containsEntry(8080, "gateway")
                .containsEntry(8091, "registry")
                .containsEntry(15432, "postgresql");
    }

    @Test
    void infraOnlyChecksOnlyTheInfrastructurePorts() {
        Map<Integer, String> ports =
                LocalStack.create(Path.of("."), Path.of("data")).infraOnly().ports();

        assertThat(ports.keySet()).containsExactlyInAnyOrder(8180, 9000, 9092, 9093, 15432, 3025);
    }
}
