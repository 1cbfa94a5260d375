package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/**
 * The Boutique in Chromium ({@link BrowserIntegration}), by keyboard only: the list, a product's page, adding it to
 * the cart and the cart with its totals, each audited for WCAG 2.1 AA; "Commander et payer" goes on to the order's
 * payment page.
 */
class ShopBrowserIT extends BrowserIntegration {

    @Test
    void aClientBuysByKeyboardOnPagesWithoutAccessibilityViolations() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", "/api/orders/products", 200, ShopIT.PRODUCTS);
        backend.reply("GET", "/api/orders/products/" + ShopIT.SHAMPOO, 200, ShopIT.SHAMPOO_JSON);
        backend.reply("GET", "/api/orders/cart", 200, ShopIT.CART);
        backend.reply("PUT", "/api/orders/cart/items/" + ShopIT.SHAMPOO, 200, ShopIT.CART);
        backend.reply("POST", "/api/orders/cart/checkout", 201, """
                {"orderId":"%s","number":1514,"total":"62.47"}""".formatted(ShopIT.ORDER));

        // The machine is shared by several builds: a cold first render may take longer than the usual 10 s.
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        page.navigate(BASE + "/boutique");
        PlaywrightAssertions.assertThat(page.getByTestId("section-title")).hasText("Boutique");
        audit();

        page.getByTestId("product-name").first().focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("section-title")).hasText("Shampooing doux");
        audit();

        page.getByLabel("Quantité").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("2");
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page.getByTestId("add-to-cart")).isFocused();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("cart-notice")).hasText("Le produit est dans votre panier.");
        PlaywrightAssertions.assertThat(page.getByTestId("cart-total")).hasText("62,47 $");
        audit();

        page.getByTestId("checkout").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/orders/" + ShopIT.ORDER + "/pay");
        assertThat(page.url()).endsWith("/orders/" + ShopIT.ORDER + "/pay");
    }
}
