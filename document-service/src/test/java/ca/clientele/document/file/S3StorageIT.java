package ca.clientele.document.file;

import static ca.clientele.document.file.FilesApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The service with the S3 adapter, against S3Proxy (an S3-compatible server written in Java, from Maven Central; no
 * Docker), run from its own jar in a child JVM on a filesystem blob store: what lands in the bucket is ciphertext, and
 * files come back whole and by range.
 */
@ServiceIntegrationTest
class S3StorageIT {

    private static final String BUCKET = "clientele-documents";
    private static final String ACCESS = "test-access";
    private static final String SECRET = "test-secret-key";
    private static Process s3proxy;
    private static URI endpoint;

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    FilesApi files;
    UUID alice;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) throws Exception {
        startS3Proxy();
        registry.add("clientele.documents.storage.type", () -> "s3");
        registry.add("clientele.documents.storage.s3.bucket", () -> BUCKET);
        registry.add("clientele.documents.storage.s3.endpoint", () -> endpoint.toString());
        registry.add("clientele.documents.storage.s3.path-style", () -> "true");
        registry.add("clientele.documents.storage.s3.access-key", () -> ACCESS);
        registry.add("clientele.documents.storage.s3.secret-key", () -> SECRET);
        registry.add("clientele.documents.storage.s3.staging-dir", () -> "target/s3-staging");
    }

    @BeforeEach
    void setUp() {
        files = new FilesApi(port);
        alice = UUID.randomUUID();
    }

    @Test
    void filesGoToTheBucketEncryptedAndComeBackWholeAndByRange() throws Exception {
        byte[] content = (FileUploadIT.TEXT.repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        FilesApi.Answer created = files.upload(client(), fields("clientId", alice), "consignes.txt", content);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();

        try (S3Client s3 = client(endpoint)) {
            byte[] raw = s3.getObjectAsBytes(request -> request.bucket(BUCKET).key(id))
                    .asByteArray();
            assertThat(raw.length).isGreaterThan(content.length);
            assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Moka", "griffes");
        }

        FilesApi.Answer whole = files.get("/api/documents/" + id + "/content", client());
        assertThat(whole.body()).isEqualTo(content);
        FilesApi.Answer range =
                files.get("/api/documents/" + id + "/content", client(), "Range", "bytes=2500000-2500099");
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(content, 2_500_000, 2_500_100));
    }

    @Test
    void aRefusedUploadLeavesNoObjectAndAPhotoItsThumbnail() throws Exception {
        List<String> before = keys();
        byte[] elf = new byte[1024];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        assertThat(files.upload(client(), fields("clientId", alice), "a.pdf", elf)
                        .status())
                .isEqualTo(415);
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(FileUploadIT.PDF, 0, big, 0, FileUploadIT.PDF.length);
        assertThat(files.upload(client(), fields("clientId", alice), "big.pdf", big)
                        .status())
                .isEqualTo(413);
        assertThat(keys()).isEqualTo(before);

        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_3BYTE_BGR);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        FilesApi.Answer photo = files.upload(
                client(), fields("clientId", alice, "purpose", "PROFILE_PHOTO"), "moi.jpg", jpeg.toByteArray());
        assertThat(photo.status()).as(photo.text()).isEqualTo(201);
        String id = photo.json().get("id").asString();
        assertThat(keys()).contains(id, id + ".thumbnail");
        assertThat(files.get("/api/documents/" + id + "/thumbnail", client()).status())
                .isEqualTo(200);
    }

    private List<String> keys() {
        try (S3Client s3 = client(endpoint)) {
            return s3.listObjectsV2Paginator(request -> request.bucket(BUCKET)).contents().stream()
                    .map(S3Object::key)
                    .sorted()
                    .toList();
        }
    }

    private String client() {
        return jwts.client(alice, null, null, null);
    }

    private static S3Client client(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET)))
                .build();
    }

    private static void startS3Proxy() throws Exception {
        if (s3proxy != null) {
            return;
        }
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
        assertThat(jar)
                .as("S3Proxy, copied by the pre-integration-test phase (run through mvn verify)")
                .exists();
        Path data = Path.of("target", "s3proxy-data").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
        Path config = Path.of("target", "s3proxy", "s3proxy.conf");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "s3proxy.endpoint=" + endpoint,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + ACCESS,
                        "s3proxy.credential=" + SECRET,
                        "jclouds.provider=filesystem",
                        "jclouds.filesystem.basedir=" + data,
                        ""));
        s3proxy = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "--properties",
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "s3proxy", "s3proxy.log").toFile())
                .start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            assertThat(s3proxy.isAlive())
                    .as("S3Proxy runs (see target/s3proxy/s3proxy.log)")
                    .isTrue();
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        try (S3Client s3 = client(endpoint)) {
            s3.createBucket(request -> request.bucket(BUCKET));
        }
    }

    @AfterAll
    static void stopS3Proxy() throws InterruptedException {
        if (s3proxy != null) {
            s3proxy.destroy();
            s3proxy.waitFor(10, TimeUnit.SECONDS);
            s3proxy.destroyForcibly();
            s3proxy = null;
        }
    }
}
