package ca.clientele.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a loopback port standing in for the backend services: it answers what a
 * test told it to and records what the portal sent (method, path, query, token, language, body). One
 * instance per test JVM so that the Spring context pointing at it is cached across test classes.
 */
public final class BackendStub {

    public static final BackendStub INSTANCE = new BackendStub();

    /** One call the portal made; {@code body} is the request body as UTF-8 text ("" when none). */
    public record Received(
            String method, String path, String query, String authorization, String acceptLanguage, String body) {}

    private record Reply(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private BackendStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} (query ignored) with this status and JSON body. */
    public void reply(String method, String path, int status, String json) {
        replies.put(method + " " + path, new Reply(status, json));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void reset() {
        replies.clear();
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(
                    method,
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept-Language"),
                    requestBody));
            // Unstubbed calls fail loudly, with a status no test expects.
            Reply reply = replies.getOrDefault(method + " " + path, new Reply(501, "{\"detail\":\"not stubbed\"}"));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .set("Content-Type", reply.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
