package ca.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's engine, injected into the page) against the WCAG 2.0 and 2.1 A and AA rules: every page a
 * browser test reaches is audited, the portals' and Keycloak's alike.
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    /** Fails with each violated rule, its impact and the elements concerned. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getViolations())
                .as("WCAG 2.1 AA violations on %s", page.url())
                .withFailMessage(() -> "WCAG 2.1 AA violations on " + page.url() + ":\n" + describe(results))
                .isEmpty();
    }

    private static String describe(AxeResults results) {
        return results.getViolations().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                + rule.getNodes().stream()
                        .map(CheckedNode::getHtml)
                        .map(html -> html.length() > 160 ? html.substring(0, 160) + "…" : html)
                        .collect(Collectors.joining("\n    "));
    }
}
