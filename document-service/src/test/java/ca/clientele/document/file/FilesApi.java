package ca.clientele.document.file;

import ca.clientele.platform.testing.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads and downloads through the real HTTP API: multipart bodies streamed, never built whole for large files. */
final class FilesApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    final ApiClient api;

    FilesApi(int port) {
        this.base = "http://localhost:" + port;
        this.api = new ApiClient(port);
    }

    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    static Map<String, String> fields(Object... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return fields;
    }

    Answer upload(String token, Map<String, String> fields, String fileName, byte[] content) {
        return upload(token, fields, fileName, () -> new ByteArrayInputStream(content), "fr");
    }

    Answer upload(String token, Map<String, String> fields, String fileName, byte[] content, String language) {
        return upload(token, fields, fileName, () -> new ByteArrayInputStream(content), language);
    }

    /** A multipart upload whose file part is read from {@code content} while it is sent (chunked). */
    Answer upload(
            String token, Map<String, String> fields, String fileName, Supplier<InputStream> content, String language) {
        String boundary = "----clientele" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        if (fileName != null) {
            head.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(fileName.replace("\"", "%22"))
                    .append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        }
        String tail = (fileName != null ? "\r\n" : "") + "--" + boundary + "--\r\n";
        Supplier<InputStream> body = () -> {
            List<InputStream> parts = new ArrayList<>();
            parts.add(new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)));
            if (fileName != null) {
                parts.add(content.get());
            }
            parts.add(new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)));
            return new SequenceInputStream(Collections.enumeration(parts));
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .build();
        return send(request);
    }

    Answer get(String path, String token, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Reads a large download as a stream, handing it to {@code reader} (nothing kept whole in the test either). */
    <T> T download(String path, String token, StreamReader<T> reader) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                return reader.read(response.statusCode(), in);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface StreamReader<T> {
        T read(int status, InputStream body) throws Exception;
    }

    Answer patch(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    Answer delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
