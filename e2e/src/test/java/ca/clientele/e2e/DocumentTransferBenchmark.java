package ca.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (no {@code IT} suffix): {@code bin/bench-documents.sh} runs it. Upload and download of
 * one large file through the gateway as a signed-in staff member (session cookie and CSRF header, the way the
 * admin portal's script sends it), next to a plain copy of the same file on the same disk in the same run, and
 * the document service's resident memory while it streams. Writes target/benchmarks/document-transfer.md.
 */
class DocumentTransferBenchmark extends BrowserTest {

    private static final int MEGABYTES = Integer.getInteger("bench.megabytes", 100);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /**
     * The stack has just started: its services are still compiling their start-up code. The rounds begin once the
     * one-minute load average is below this (or after {@code bench.settle} seconds at most, reported either way).
     */
    private static final double SETTLED_LOAD = Double.parseDouble(System.getProperty("bench.settled-load", "2.5"));

    private static final int SETTLE_SECONDS = Integer.getInteger("bench.settle", 180);

    private static final String BOUNDARY = "clientele-bench-boundary";

    private static BrowserContext staffContext;
    private static Page staff;

    @BeforeAll
    static void staffSignsIn() {
        staffContext = browsers.newContext();
        staff = staffContext.newPage();
        staff.navigate(Stack.GATEWAY + "/admin/");
        Pages.signIn(staff, "admin@clientele.test", "demo1234");
        staff.waitForURL(Pattern.compile(".*/admin/clients.*"));
    }

    @AfterAll
    static void close() {
        staffContext.close();
    }

    @Override
    Page page() {
        return staff;
    }

    @Test
    void uploadAndDownloadThroughTheGatewayNextToAPlainCopy() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        Path source = dir.resolve("bench-source.txt");
        String sourceSha = writeText(source, MEGABYTES * 1024L * 1024L);
        String clientId = keycloak.userByEmail("client1@clientele.test")
                .orElseThrow()
                .get("id")
                .getAsString();
        HttpClient http = HttpClient.newHttpClient();
        long pid = documentServicePid();
        try {
            await().pollInterval(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(SETTLE_SECONDS))
                    .until(DocumentTransferBenchmark::oneMinuteLoad, load -> load < SETTLED_LOAD);
        } catch (ConditionTimeoutException stillBusy) {
            // Measured anyway: the load average printed with the figures says how busy the machine was.
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        long idleRss = RssSampler.megabytes(Path.of("/proc", Long.toString(pid), "status"));

        List<String> rows = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Path copy = dir.resolve("bench-copy.txt");
            Files.deleteIfExists(copy);
            double copySeconds = seconds(() -> copy(source, copy));

            RssSampler uploadRss = new RssSampler(pid);
            String[] documentId = new String[1];
            double uploadSeconds;
            try (uploadRss) {
                uploadSeconds = seconds(() -> documentId[0] = upload(http, source, clientId));
            }
            Path downloaded = dir.resolve("bench-download.txt");
            RssSampler downloadRss = new RssSampler(pid);
            double downloadSeconds;
            try (downloadRss) {
                downloadSeconds = seconds(() -> download(http, documentId[0], downloaded));
            }
            assertThat(sha256(downloaded)).isEqualTo(sourceSha);
            double mb = Files.size(downloaded) / (1024.0 * 1024.0);
            rows.add(String.format(
                    Locale.ROOT,
                    "| %d | %.0f | %.0f | %.2f | %.0f | %.2f | %d | %d |",
                    round,
                    mb / copySeconds,
                    mb / uploadSeconds,
                    copySeconds / uploadSeconds,
                    mb / downloadSeconds,
                    copySeconds / downloadSeconds,
                    uploadRss.maxMegabytes(),
                    downloadRss.maxMegabytes()));
            Files.delete(copy);
            Files.delete(downloaded);
        }
        Files.delete(source);

        String report = String.join(
                "\n",
                "Document transfer through the gateway, " + MEGABYTES + " MB text file, " + ROUNDS + " rounds",
                "load average before: " + loadBefore + "; document-service RSS before the first upload: " + idleRss
                        + " MB",
                "",
                "| Round | plain copy MB/s | upload MB/s | upload / copy | download MB/s | download / copy"
                        + " | document-service peak RSS, upload (MB) | peak RSS, download (MB) |",
                "|---|---|---|---|---|---|---|---|",
                rows.stream().collect(Collectors.joining("\n")),
                "");
        Files.writeString(dir.resolve("document-transfer.md"), report);
        System.out.println(report);
    }

    /** The upload a browser makes: multipart, session cookie, CSRF header; streamed from the file, never whole. */
    private String upload(HttpClient http, Path file, String clientId) {
        String head = part("clientId", clientId) + part("purpose", "SHARED_FILE") + part("visibility", "STAFF_ONLY")
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mesure.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        byte[] before = head.getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = before.length + size(file) + after.length;
        Supplier<InputStream> body = () -> new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(before), open(file)), new ByteArrayInputStream(after));
        HttpRequest request = signedIn(HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/documents")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), length))
                .build();
        HttpResponse<String> response = send(http, request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private void download(HttpClient http, String documentId, Path target) {
        HttpRequest request = signedIn(
                        HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/documents/" + documentId + "/content")))
                .GET()
                .build();
        HttpResponse<Path> response = send(http, request, HttpResponse.BodyHandlers.ofFile(target));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder signedIn(HttpRequest.Builder builder) {
        List<Cookie> cookies = staffContext.cookies(Stack.GATEWAY);
        String csrf = cookies.stream()
                .filter(cookie -> cookie.name.equals("XSRF-TOKEN"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow();
        return builder.header(
                        "Cookie",
                        cookies.stream().map(c -> c.name + "=" + c.value).collect(Collectors.joining("; ")))
                .header("X-XSRF-TOKEN", csrf);
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** Lines of readable French text (an allowed type, detected as text/plain), with its SHA-256. */
    private static String writeText(Path file, long bytes) throws IOException {
        MessageDigest sha = digest();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (long line = 0; written < bytes; line++) {
                String text = String.format(
                        Locale.ROOT, "Ligne %09d : taille des griffes, visite à domicile, 35,00 $ + taxes.%n", line);
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                writer.write(text);
                sha.update(utf8);
                written += utf8.length;
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document service of the stack (its serving JVM, not a training run). */
    private static long documentServicePid() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("document-service"))
                .filter(p -> !p.info().commandLine().orElse("").contains("context.exit"))
                .findFirst()
                .orElseThrow()
                .pid();
    }

    private static double oneMinuteLoad() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static double seconds(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
            try (var channel = java.nio.channels.FileChannel.open(to, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads VmRSS of a process every 20 ms while open. */
    private static final class RssSampler implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong maxKilobytes = new AtomicLong();

        RssSampler(long pid) {
            Path status = Path.of("/proc", Long.toString(pid), "status");
            timer.scheduleAtFixedRate(() -> sample(status), 0, 20, TimeUnit.MILLISECONDS);
        }

        private void sample(Path status) {
            try {
                maxKilobytes.accumulateAndGet(kilobytes(status), Math::max);
            } catch (IOException | RuntimeException e) {
                // the process is gone: the benchmark's own assertions report it
            }
        }

        static long megabytes(Path status) throws IOException {
            return kilobytes(status) / 1024;
        }

        private static long kilobytes(Path status) throws IOException {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0);
        }

        long maxMegabytes() {
            return maxKilobytes.get() / 1024;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
