package ca.clientele.document.file;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.FileSystemUtils;

/**
 * A 100 MB file goes up and comes back through a document service whose heap is capped at 128 MB: the built jar runs
 * in a child JVM with {@code -Xmx128m -XX:+ExitOnOutOfMemoryError} against this test's PostgreSQL and Kafka, so a
 * buffered file would kill it. The test streams both ways too and compares SHA-256 digests, never the bytes.
 */
@ServiceIntegrationTest
class LargeFileIT {

    private static final long SIZE = 100L * 1024 * 1024;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestJwts jwts;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private HttpServer keys;
    private Process service;

    @Test
    void aHundredMegabyteFileStreamsThroughAServiceWith128MegabytesOfHeap() throws Exception {
        Path jar = Path.of("target", "document-service.jar");
        assertThat(jar).as("the packaged service (run through mvn verify)").exists();
        keys = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] jwks = jwts.jwkSetJson().getBytes(StandardCharsets.UTF_8);
        keys.createContext("/jwks", exchange -> {
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keys.start();
        int port = freePort();
        Path storage = Path.of("target", "large-file-test");
        Path log = Path.of("target", "large-file-service.log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:"
                        + keys.getAddress().getPort() + "/jwks",
                "--clientele.crypto.ephemeral-keys=true",
                "--clientele.documents.storage.local.root=" + storage.toAbsolutePath(),
                "--clientele.documents.max-size=200MB",
                "--logging.structured.format.console="));
        service = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        // A forked JVM starting on a shared 2-core machine: generous, it only bounds a hang.
        Awaitility.await()
                .atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    assertThat(service.isAlive())
                            .as("the service is running (see " + log + ")")
                            .isTrue();
                    try {
                        return http.send(
                                                HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });

        UUID client = UUID.randomUUID();
        String token = jwts.client(client, null, null, null);
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        FilesApi api = new FilesApi(port);
        FilesApi.Answer created = api.upload(
                token,
                Map.of("clientId", client.toString()),
                "grand-fichier.txt",
                () -> new DigestInputStream(new PatternStream(SIZE), sent),
                "fr");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String sentDigest = HexFormat.of().formatHex(sent.digest());
        assertThat(created.json().get("size").asLong()).isEqualTo(SIZE);
        assertThat(created.json().get("sha256").asString()).isEqualTo(sentDigest);
        String id = created.json().get("id").asString();
        assertThat(Files.size(storage.resolve(id.substring(0, 2)).resolve(id))).isGreaterThan(SIZE);

        String[] received = api.download("/api/documents/" + id + "/content", token, (status, body) -> {
            assertThat(status).isEqualTo(200);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long count = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                digest.update(buffer, 0, read);
                count += read;
            }
            return new String[] {Long.toString(count), HexFormat.of().formatHex(digest.digest())};
        });
        assertThat(Long.parseLong(received[0])).isEqualTo(SIZE);
        assertThat(received[1]).isEqualTo(sentDigest);
        assertThat(service.isAlive())
                .as("no OutOfMemoryError (see " + log + ")")
                .isTrue();
    }

    @AfterEach
    void stop() throws InterruptedException, IOException {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        if (keys != null) {
            keys.stop(0);
        }
        // 100 MB of ciphertext is no use after the test.
        FileSystemUtils.deleteRecursively(Path.of("target", "large-file-test"));
    }

    private String jdbcUrl() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code size} bytes of text-like content made on the fly (no 100 MB array in the test either). */
    private static final class PatternStream extends InputStream {

        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? 'a' + (int) (position++ * 31 % 26) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ('a' + (int) ((position + i) * 31 % 26));
            }
            position += count;
            return count;
        }
    }
}
