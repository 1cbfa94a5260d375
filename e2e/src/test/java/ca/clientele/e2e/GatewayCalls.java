package ca.clientele.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.RequestOptions;

/**
 * API calls through the gateway with a signed-in browser's session, as the portals' own scripts make them: the
 * session cookie and the gateway's CSRF header taken from its {@code XSRF-TOKEN} cookie.
 */
final class GatewayCalls {

    private GatewayCalls() {}

    static APIResponse call(BrowserContext session, String method, String path, RequestOptions options) {
        String token = session.cookies(Stack.GATEWAY).stream()
                .filter(cookie -> cookie.name.equals("XSRF-TOKEN"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in this session"));
        options.setHeader("X-XSRF-TOKEN", token).setMethod(method);
        return session.request().fetch(Stack.GATEWAY + path, options);
    }

    static RequestOptions json(String body) {
        return RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData(body);
    }
}
