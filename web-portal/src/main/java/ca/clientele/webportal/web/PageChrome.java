package ca.clientele.webportal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page, error pages included: the language-switch links (same page,
 * other language) and the gateway's CSRF token for the logout form.
 */
final class PageChrome {

    /** The readable cookie the gateway sets; its value must come back with every state change. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    private PageChrome() {}

    static Map<String, Object> attributes(HttpServletRequest request) {
        return Map.of("csrfToken", csrfToken(request), "languageLinks", languageLinks(request));
    }

    static String csrfToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return "";
        }
        return Arrays.stream(cookies)
                .filter(cookie -> CSRF_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse("");
    }

    static LanguageLinks languageLinks(HttpServletRequest request) {
        // On the container's error dispatch the address bar still shows the original path.
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String query = errorUri != null ? null : request.getQueryString();
        return new LanguageLinks(withLang(path, query, "fr"), withLang(path, query, "en"));
    }

    private static String withLang(String path, String query, String lang) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }

    /** Relative links: the portal sits behind the gateway, whose host it does not need to know. */
    record LanguageLinks(String fr, String en) {}
}
