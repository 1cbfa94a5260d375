package ca.clientele.webportal;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers the page's requests to js.stripe.com with {@code script} (a stand-in with Stripe.js's shape: the real one
 * is out of reach here) and collects the browser's Content-Security-Policy complaints, which must stay none.
 */
final class StripeJsStandIn {

    private StripeJsStandIn() {}

    static List<String> install(Page page, String script) {
        List<String> cspViolations = new CopyOnWriteArrayList<>();
        page.route(
                "https://js.stripe.com/**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/javascript")
                        .setBody(script)));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        return cspViolations;
    }
}
