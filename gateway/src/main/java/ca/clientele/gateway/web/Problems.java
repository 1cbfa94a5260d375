package ca.clientele.gateway.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * RFC 9457 problem documents written straight to the response. Security entry points and handlers
 * run outside WebFlux's codecs, and every text here is one of ours, so a tiny hand-written JSON
 * encoder is enough and keeps the gateway free of any error-page machinery.
 */
public final class Problems {

    private Problems() {}

    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        byte[] body = json(status, title, detail).getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /**
     * The same problem as a small page, for a browser navigating (a sign-in link clicked too often): a
     * person reads it, where the JSON document would show as raw text. Every text is one of ours.
     */
    public static Mono<Void> writePage(
            ServerHttpResponse response, HttpStatus status, Language language, String title, String detail) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setCacheControl("no-store");
        String page = "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + html(title) + "</title></head><body><main><h1>" + html(title) + "</h1><p>" + html(detail)
                + "</p></main></body></html>";
        DataBuffer buffer = response.bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The title of the 503 problem of a service that does not answer (circuit breakers' fallback, uploads). */
    public static String unavailableTitle(Language language) {
        return language.pick("Service temporairement indisponible", "Service temporarily unavailable");
    }

    public static String unavailableDetail(Language language) {
        return language.pick(
                "Ce service ne répond pas pour le moment. Réessayez dans quelques instants.",
                "This service is not responding at the moment. Please try again shortly.");
    }

    static String json(HttpStatus status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
