package ca.clientele.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import ca.clientele.gateway.SessionStoreForTests;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The upload limit of /api/documents at the gateway, with a small limit (8 MB + 1 KB of multipart
 * allowance) in front of a documents stub that reads bodies as they come: a declared or a counted
 * (chunked) body above it gets the 413 problem in the caller's language, a body within it arrives
 * byte for byte, and an upload reaches the service while it is still being sent (no copy of the
 * body is kept in the gateway).
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "CLIENTELE_GATEWAY_CLIENT_SECRET=test-secret",
            "clientele.uploads.max-file-size=8MB",
            "clientele.uploads.multipart-allowance=1KB"
        })
@Import({UploadLimitIT.DocumentsWithoutLogin.class, SessionStoreForTests.class})
class UploadLimitIT {

    /**
     * The streaming test goes through the real server with a plain HTTP client, which has no
     * session: for this test context only, /api/documents needs no login and no CSRF header.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class DocumentsWithoutLogin {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityWebFilterChain documentsWithoutLogin(ServerHttpSecurity http) {
            return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/documents", "/api/documents/**"))
                    .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                    .csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .build();
        }
    }

    private static final int LIMIT = 8 * 1024 * 1024 + 1024;
    private static final int CHUNK = 64 * 1024;
    private static final int HALF = 4 * 1024 * 1024;
    private static final DocumentsStub DOCUMENTS = new DocumentsStub();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("clientele.routes.documents", DOCUMENTS::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveClientRegistrationRepository registrations;

    @AfterAll
    static void stopStub() {
        DOCUMENTS.close();
    }

    @BeforeEach
    void forget() {
        DOCUMENTS.reset();
    }

    @Test
    void aDeclaredBodyAboveTheLimitIsRefusedBeforeReachingTheService() {
        byte[] body = filled(LIMIT + 1);

        upload(Flux.just(wrap(body)), body.length, "fr-CA")
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(413)
                .jsonPath("$.title")
                .isEqualTo("Fichier trop volumineux")
                .jsonPath("$.detail")
                .isEqualTo("Le fichier dépasse la taille maximale de 8 Mo.");

        assertThat(DOCUMENTS.requests.get()).isZero();
    }

    @Test
    void aChunkedBodyIsCountedAndRefusedOnceItPassesTheLimit() {
        Flux<DataBuffer> chunks =
                Flux.range(0, 160).map(i -> wrap(filled(CHUNK))).delayElements(Duration.ofMillis(5));

        upload(chunks, -1, "en")
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("File too large")
                .jsonPath("$.detail")
                .isEqualTo("The file is larger than the 8 MB limit.");

        // What reached the service was cut before the limit, and the service never answered it.
        assertThat(DOCUMENTS.completed.get()).isZero();
        assertThat(DOCUMENTS.bytes.get()).isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void aBodyWithinTheLimitArrivesByteForByte() {
        byte[] body = filled(LIMIT);

        upload(Flux.just(wrap(body)), body.length, "fr")
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .isEqualTo("received " + LIMIT);

        assertThat(DOCUMENTS.lastBody).isEqualTo(body);
    }

    @Test
    void theBodyStreamsToTheServiceWhileItIsStillBeingSent() throws Exception {
        // Through the real server on a raw connection, chunked: the second half is written only
        // once the service has read 2 MB of the first. A gateway that held the body until its end
        // would never let the service see them: the wait would time out. (The proxy's connection
        // batches up to 128 buffers per flush, about 1 MB: bounded, whatever the file's size.)
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/documents HTTP/1.1\r\nHost: localhost:" + port
                            + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int sent = 0; sent < HALF; sent += CHUNK) {
                chunk(out, filled(CHUNK));
            }
            boolean seenBeforeSecondHalf = DOCUMENTS.firstBytes.await(20, TimeUnit.SECONDS);
            for (int sent = 0; sent < HALF; sent += CHUNK) {
                chunk(out, filled(CHUNK));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(seenBeforeSecondHalf)
                    .as("the service read much of the first half before the second was sent")
                    .isTrue();
            String response = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(response).isEqualTo("HTTP/1.1 201");
            assertThat(DOCUMENTS.lastBody).hasSize(2 * HALF);
        }
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void otherRoutesAreNotLimited() {
        // The limit is the documents service's: a larger body elsewhere is that route's business.
        assertThat(UploadLimitFilter.isDocuments("/api/documents")).isTrue();
        assertThat(UploadLimitFilter.isDocuments("/api/documents/1/content")).isTrue();
        assertThat(UploadLimitFilter.isDocuments("/api/documentsX")).isFalse();
        assertThat(UploadLimitFilter.isDocuments("/api/forms/1/submissions")).isFalse();
    }

    private WebTestClient.ResponseSpec upload(Flux<DataBuffer> body, long contentLength, String language) {
        WebTestClient.RequestBodySpec request = signedIn()
                .post()
                .uri("/api/documents")
                .cookie("XSRF-TOKEN", "t0k3n")
                .header("X-XSRF-TOKEN", "t0k3n")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        if (contentLength >= 0) {
            request.contentLength(contentLength);
        }
        return request.body(body, DataBuffer.class).exchange();
    }

    private WebTestClient signedIn() {
        return WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                .defaultHeader(HttpHeaders.HOST, "localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .mutateWith(mockOidcLogin()
                        .clientRegistration(
                                registrations.findByRegistrationId("keycloak").block()));
    }

    private static DataBuffer wrap(byte[] bytes) {
        return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    /**
     * The documents service as a JDK HTTP server that reads each body chunk by chunk, counting the
     * bytes (and signalling when 2 MB arrived), and answers 201 "received n" once it has all of it
     * (nothing when the body is cut).
     */
    private static final class DocumentsStub implements AutoCloseable {

        final AtomicLong requests = new AtomicLong();
        final AtomicLong completed = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        volatile CountDownLatch firstBytes = new CountDownLatch(1);
        volatile byte[] lastBody;
        private final HttpServer server;

        DocumentsStub() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                try (InputStream in = exchange.getRequestBody()) {
                    byte[] chunk = new byte[CHUNK];
                    int read;
                    while ((read = in.read(chunk)) >= 0) {
                        body.write(chunk, 0, read);
                        bytes.addAndGet(read);
                        if (body.size() >= HALF / 2) {
                            firstBytes.countDown();
                        }
                    }
                } catch (IOException cut) {
                    exchange.close();
                    return;
                }
                lastBody = body.toByteArray();
                completed.incrementAndGet();
                byte[] answer = ("received " + body.size()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(201, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void reset() {
            requests.set(0);
            completed.set(0);
            bytes.set(0);
            firstBytes = new CountDownLatch(1);
            lastBody = null;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
