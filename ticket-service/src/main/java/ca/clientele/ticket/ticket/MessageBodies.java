package ca.clientele.ticket.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * The one place message bodies are made safe (ADR 0016). The allow-list is what the shared rich-text editor can
 * produce — paragraphs, line breaks, bold, italic, underline and lists — with no attribute at all, so no link, style,
 * event handler or URL can survive. Text without markup (an e-mail client, a script) becomes escaped paragraphs.
 * Public for the canned replies, which are pasted into messages and so keep to the same allow-list.
 */
public final class MessageBodies {

    public static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li")
            .toFactory();

    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private MessageBodies() {}

    /** Safe HTML for a body as typed (HTML from the editor, or plain text); null stays null. */
    public static String sanitise(String input) {
        if (input == null) {
            return null;
        }
        if (!MARKUP.matcher(input).find()) {
            return paragraphs(input);
        }
        return POLICY.sanitize(input).strip();
    }

    /** The readable text of sanitised HTML: what the search index and the "non-empty" rule look at. */
    public static String text(String html) {
        if (html == null) {
            return "";
        }
        String spaced = TAG.matcher(html).replaceAll(" ");
        Matcher numeric = NUMERIC_ENTITY.matcher(spaced);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = numeric.group(1) != null
                    ? Integer.parseInt(numeric.group(1), 16)
                    : Integer.parseInt(numeric.group(2));
            String character = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        numeric.appendTail(decoded);
        return HtmlUtils.htmlUnescape(decoded.toString()).replace('\u00a0', ' ').strip();
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        // Line ends normalised first: a Windows "\r\n" is one line break, not a blank line.
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (String paragraph : lines.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(String.join(
                                "<br />",
                                paragraph
                                        .strip()
                                        .lines()
                                        .map(line -> HtmlUtils.htmlEscape(line, "UTF-8"))
                                        .toList()))
                        .append("</p>");
            }
        }
        return html.toString();
    }
}
