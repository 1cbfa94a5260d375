package ca.clientele.adminportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * "Produits" and "Vente en magasin" in Chromium ({@link BrowserIntegration}): each screen passes a WCAG 2.1 AA audit,
 * and a product's picture goes from the browser straight to the billing-service (through the gateway's
 * /api/orders/**) as a multipart "file", with the gateway's CSRF header.
 */
class ProductsBrowserIT extends BrowserIntegration {

    @Test
    void theProductScreensAndTheInStoreSaleHaveNoAccessibilityViolations() {
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        reply("GET", "/api/orders/products", 200, ProductsIT.PRODUCTS);
        reply("GET", "/api/orders/products/" + ProductsIT.SHAMPOO, 200, ProductsIT.SHAMPOO_JSON);
        reply("GET", "/api/clients/" + ProductsIT.CLIENT, 200, ProductsIT.BUYER);
        for (String screen : new String[] {
            "/products", "/products/new", "/products/" + ProductsIT.SHAMPOO, "/clients/" + ProductsIT.CLIENT + "/sale"
        }) {
            page.navigate(BASE + "/admin" + screen);
            PlaywrightAssertions.assertThat(page.locator("h1")).isVisible();
            audit();
        }
    }

    @Test
    void aPictureIsSentStraightToTheBillingService() {
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        reply("GET", "/api/orders/products/" + ProductsIT.SHAMPOO, 200, ProductsIT.SHAMPOO_JSON);
        List<String> sent = new CopyOnWriteArrayList<>();
        page.route("**/api/orders/products/*/picture", route -> {
            if (route.request().method().equals("POST")) {
                sent.add(route.request().url() + "\n"
                        + new String(route.request().postDataBuffer(), StandardCharsets.ISO_8859_1));
                route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody(ProductsIT.SHAMPOO_JSON));
            } else {
                route.fulfill(new Route.FulfillOptions().setStatus(404));
            }
        });

        page.navigate(BASE + "/admin/products/" + ProductsIT.SHAMPOO);
        page.getByTestId("picture-file").setInputFiles(new FilePayload("shampooing.png", "image/png", new byte[68]));
        page.getByTestId("picture-send").click();

        PlaywrightAssertions.assertThat(page.getByTestId("products-done")).hasText("L'image est enregistrée.");
        assertThat(sent)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .startsWith(BASE + "/api/orders/products/" + ProductsIT.SHAMPOO + "/picture")
                        .contains("name=\"file\"; filename=\"shampooing.png\""));
    }
}
