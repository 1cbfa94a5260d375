package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLauncherTest {

    @TempDir
    Path dir;

    @Test
    void aRepackagedJarWithTheSameContentKeepsItsFingerprint() throws IOException {
        Path first = jar("first.jar", "class bytes", Instant.parse("2026-01-01T00:00:00Z"));
        Path second = jar("second.jar", "class bytes", Instant.parse("2026-06-01T12:00:00Z"));
        Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2026-06-01T12:00:00Z")));

        assertThat(ServiceLauncher.fingerprint(second)).isEqualTo(ServiceLauncher.fingerprint(first));
    }

    @Test
    void changedContentChangesTheFingerprint() throws IOException {
        Instant time = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ServiceLauncher.fingerprint(jar("a.jar", "class bytes", time)))
                .isNotEqualTo(ServiceLauncher.fingerprint(jar("b.jar", "other bytes", time)));
    }

    @Test
    void aFileThatIsNotAJarIsReported() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.jar"), "not a jar");

        assertThatThrownBy(() -> ServiceLauncher.fingerprint(broken)).isInstanceOf(IOException.class);
    }

    @Test
    void theDocumentServiceKeepsItsFilesInTheDataDirectory() {
        ServiceLauncher launcher = launcher();
        ServiceSpec documents = ServiceSpec.ALL.stream()
                .filter(service -> service.name().equals("documents"))
                .findFirst()
                .orElseThrow();
        ServiceSpec registry = ServiceSpec.ALL.getFirst();

        assertThat(launcher.environment(documents))
                .containsEntry(
                        "CLIENTELE_DOCUMENTS_STORAGE_LOCAL_ROOT",
                        dir.resolve("data").resolve("documents").toString())
                .containsKey("CLIENTELE_CRYPTO_STREAMING_KEYSET");
        assertThat(launcher.environment(registry)).doesNotContainKey("CLIENTELE_DOCUMENTS_STORAGE_LOCAL_ROOT");
    }

    @Test
    void theLocalGatewayAllowsFarMoreSignInsAndWritesThanProduction() {
        ServiceLauncher launcher = launcher();
        ServiceSpec gateway = ServiceSpec.ALL.stream()
                .filter(service -> service.name().equals("gateway"))
                .findFirst()
                .orElseThrow();

        assertThat(launcher.environment(gateway))
                .containsEntry("CLIENTELE_RATE_LIMITS_SIGN_IN_PER_IP", "10000")
                .containsEntry("CLIENTELE_RATE_LIMITS_WRITES_PER_SESSION", "10000")
                .containsEntry("CLIENTELE_RATE_LIMITS_WRITES_PER_IP", "10000")
                // The gateway's session attributes are encrypted with the platform's AEAD keyset.
                .containsKey("CLIENTELE_CRYPTO_AEAD_KEYSET");
        assertThat(launcher.environment(ServiceSpec.ALL.getFirst()))
                .doesNotContainKey("CLIENTELE_RATE_LIMITS_SIGN_IN_PER_IP");
    }

    private ServiceLauncher launcher() {
        return new ServiceLauncher(
                dir,
                dir.resolve("data"),
                "java",
                Secrets.loadOrCreate(dir.resolve("secrets")),
                line -> {},
                line -> {},
                null);
    }

    private Path jar(String name, String content, Instant time) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry("BOOT-INF/classes/A.class");
            entry.setTime(time.toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
