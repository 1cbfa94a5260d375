package ca.clientele.ticket.canned;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Cleans a canned reply's body to what the rich-text editor produces: {@code p, br, strong, b, em,
 * i, u, ul, ol, li}, no attribute, no link, no style (ADR 0016's allow-list, the one ticket
 * messages use, since a canned reply is pasted into a message). Plain text (no tag at all) becomes
 * escaped paragraphs. Package-private until the ticket feature's sanitiser is merged: then one
 * piece serves both (see ADR 0017).
 */
final class CannedHtml {

    static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li")
            .toFactory();

    private CannedHtml() {}

    static String sanitise(String input) {
        if (input == null) {
            return "";
        }
        if (input.indexOf('<') < 0) {
            return paragraphs(input);
        }
        return POLICY.sanitize(input).strip();
    }

    /** Whether sanitised html shows any text at all (an empty {@code <p></p>} does not). */
    static boolean hasText(String sanitised) {
        return !HtmlUtils.htmlUnescape(sanitised.replaceAll("<[^>]*>", ""))
                .replace('\u00a0', ' ')
                .isBlank();
    }

    private static String paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph ->
                        "<p>" + HtmlUtils.htmlEscape(paragraph, "UTF-8").replaceAll("\\R", "<br />") + "</p>")
                .collect(Collectors.joining());
    }
}
