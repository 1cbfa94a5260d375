package ca.clientele.gateway.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The caller's language, French first. The gateway speaks only in the two languages the platform
 * is written in, so every source is reduced to {@code fr} or {@code en}; anything else (or
 * anything malformed) is French, the business's language.
 */
public enum Language {
    FR,
    EN;

    /** The cookie both portals use to remember the language chosen with their switch. */
    public static final String PORTAL_COOKIE = "clientele-lang";

    private static final List<String> SUPPORTED = List.of("fr", "en");

    /** Explicit choice first ({@code ?lang=}, then the portals' cookie), then the browser's. */
    public static Language of(ServerHttpRequest request) {
        Language chosen = parse(request.getQueryParams().getFirst("lang"));
        if (chosen == null) {
            chosen = parse(cookie(request, PORTAL_COOKIE));
        }
        if (chosen == null) {
            chosen = parse(cookie(request, "lang"));
        }
        if (chosen == null) {
            chosen = fromAcceptLanguage(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return chosen == null ? FR : chosen;
    }

    /** The tag Keycloak and HTTP headers expect. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Picks the message written in this language. */
    public String pick(String french, String english) {
        return this == EN ? english : french;
    }

    private static String cookie(ServerHttpRequest request, String name) {
        HttpCookie cookie = request.getCookies().getFirst(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Accepts {@code fr}, {@code fr-CA}, {@code fr_CA}, {@code en-US}...; null when it names neither. */
    static Language parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String language = value.strip().replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (language) {
            case "fr" -> FR;
            case "en" -> EN;
            default -> null;
        };
    }

    private static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return parse(Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
