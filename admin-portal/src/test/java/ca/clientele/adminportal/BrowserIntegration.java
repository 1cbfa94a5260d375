package ca.clientele.adminportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff portal's pages in headless Debian Chromium (or CHROMIUM_PATH; Playwright never downloads
 * a browser): every request under /admin is answered by the portal itself through MockMvc, as a
 * signed-in staff member and with its headers (CSP included), so templates, htmx and the portal's
 * scripts run together against the WireMock services. An upload to the document-service ({@code
 * POST /api/documents}, which the gateway would route) is recorded in {@link #uploads} and answered
 * with the next of {@link #uploadAnswers}; other /api/ reads of the page (thumbnails) get a 404.
 * Not the end-to-end suite: no gateway, no real services.
 */
abstract class BrowserIntegration extends PortalIT {

    static final String BASE = "http://localhost:8124";

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    Page page;
    /** The multipart bodies the page sent to the document-service, in order. */
    final List<String> uploads = new CopyOnWriteArrayList<>();
    /** The document-service's answers (201 JSON) to those uploads, in order. */
    final List<String> uploadAnswers = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    /** Who uses the browser: a staff member, unless a test makes them an administrator ({@link Pages#admin()}). */
    RequestPostProcessor caller = Pages.staff();

    @BeforeEach
    void openBrowser() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CA"));
        context.setDefaultTimeout(10_000);
        context.route(BASE + "/**", this::serve);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    private void serve(Route route) {
        Request asked = route.request();
        URI uri = URI.create(asked.url());
        if (uri.getPath().equals("/api/documents") && asked.method().equals("POST")) {
            uploads.add(new String(asked.postDataBuffer(), StandardCharsets.ISO_8859_1));
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(201)
                    .setContentType("application/json")
                    .setBody(uploadAnswers.get(uploads.size() - 1)));
            return;
        }
        if (!uri.getPath().startsWith("/admin")) {
            route.fulfill(new Route.FulfillOptions().setStatus(404));
            return;
        }
        try {
            MockHttpServletRequestBuilder portal =
                    request(HttpMethod.valueOf(asked.method()), uri).contextPath("/admin");
            asked.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("cookie")) {
                    portal.header(name, value);
                }
            });
            if (asked.postDataBuffer() != null) {
                portal.content(asked.postDataBuffer());
            }
            MockHttpServletResponse answer =
                    mvc.perform(portal.with(caller)).andReturn().getResponse();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : answer.getHeaderNames()) {
                headers.put(name, String.join(", ", new ArrayList<>(answer.getHeaders(name))));
            }
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(answer.getStatus())
                    .setHeaders(headers)
                    .setBodyBytes(answer.getContentAsByteArray()));
        } catch (Exception failed) {
            throw new IllegalStateException("the portal could not answer " + asked.url(), failed);
        }
    }

    /** WCAG 2.1 AA on the page as it is now. */
    void audit() {
        List<Rule> violations = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze()
                .getViolations();
        assertThat(violations)
                .as("WCAG 2.1 AA on %s", page.url())
                .withFailMessage(() -> "WCAG 2.1 AA violations on " + page.url() + ": "
                        + violations.stream()
                                .map(rule -> rule.getId() + " "
                                        + rule.getNodes().stream()
                                                .limit(3)
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .toList())
                                .toList())
                .isEmpty();
    }
}
