package ca.clientele.adminportal.web;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Message bodies are HTML that ticket-service already sanitised to the editor's allow-list. The
 * portal cleans them once more to the same list before {@code th:utext} (defence in depth: a body
 * that reached the database another way, or a future service change, still cannot carry markup
 * beyond bold, italic, underline, paragraphs and lists into a staff member's browser).
 */
public final class SafeHtml {

    private static final Safelist EDITOR =
            Safelist.none().addTags("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li");

    private SafeHtml() {}

    public static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, EDITOR);
    }
}
