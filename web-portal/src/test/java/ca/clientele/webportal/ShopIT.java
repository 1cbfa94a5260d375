package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * "Boutique" against a stubbed billing-service: the navigation entry, the product list with pictures and prices in
 * fr-CA and en-CA, a product's page and "Ajouter au panier" (the exact JSON sent, a stock refusal next to the
 * quantity), the cart with GST and QST, removing a line, the checkout going on to the order's payment page, a
 * refused checkout saying why, and a suspended client who sees the shop without "Commander".
 */
class ShopIT extends PortalIntegration {

    static final String SHAMPOO = "5a000000-0000-4000-8000-000000000001";
    static final String TREATS = "5a000000-0000-4000-8000-000000000002";
    static final String ORDER = "0d000000-0000-4000-8000-000000001514";

    static final String PRODUCTS = """
            [{"id":"%s","name":"Shampooing doux","description":"Pour chiens et chats","nameFr":"Shampooing doux",
              "nameEn":"Mild shampoo","descriptionFr":"Pour chiens et chats","descriptionEn":"For dogs and cats",
              "price":"24.99","taxable":true,"stock":3,"active":true,"hasPicture":true,"version":2},
             {"id":"%s","name":"Gâteries","description":"","nameFr":"Gâteries","nameEn":"Treats","descriptionFr":"",
              "descriptionEn":"","price":"5.00","taxable":false,"stock":0,"active":true,"hasPicture":false,"version":0}]
            """.formatted(SHAMPOO, TREATS);

    static final String SHAMPOO_JSON = """
            {"id":"%s","name":"Shampooing doux","description":"Pour chiens et chats","nameFr":"Shampooing doux",
             "nameEn":"Mild shampoo","descriptionFr":"Pour chiens et chats","descriptionEn":"For dogs and cats",
             "price":"24.99","taxable":true,"stock":3,"active":true,"hasPicture":true,"version":2}
            """.formatted(SHAMPOO);

    static final String EMPTY_CART = """
            {"lines":[],"itemCount":0,"subtotal":"0.00","gst":"0.00","qst":"0.00","total":"0.00"}
            """;

    static final String CART = """
            {"lines":[{"productId":"%s","name":"Shampooing doux","unitPrice":"24.99","quantity":2,"amount":"49.98",
                       "taxable":true,"hasPicture":true,"stock":3,"available":true},
                      {"productId":"%s","name":"Gâteries","unitPrice":"5.00","quantity":1,"amount":"5.00",
                       "taxable":false,"hasPicture":false,"stock":10,"available":true}],
             "itemCount":3,"subtotal":"54.98","gst":"2.50","qst":"4.99","total":"62.47"}
            """.formatted(SHAMPOO, TREATS);

    static final String STOCK_PROBLEM = """
            {"type":"about:blank","title":"Unprocessable Content","status":422,
             "detail":"Stock insuffisant pour « Shampooing doux » : il en reste 3."}
            """;

    @BeforeEach
    void signedIn() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
    }

    @Test
    void theShopIsInTheNavigationAndListsProductsWithPicturesAndPrices() throws Exception {
        backend.reply("GET", "/api/orders/products", 200, PRODUCTS);
        backend.reply("GET", "/api/orders/cart", 200, CART);
        Document page = page(get("/boutique"), HttpStatus.OK);
        assertThat(testId(page, "nav-shop").text()).isEqualTo("Boutique");
        assertThat(testId(page, "nav-shop").attr("aria-current")).isEqualTo("page");
        assertThat(testId(page, "section-title").text()).isEqualTo("Boutique");
        assertThat(page.select("[data-testid=product-card]")).hasSize(2);
        assertThat(page.select("[data-testid=product-name]").eachText()).containsExactly("Shampooing doux", "Gâteries");
        assertThat(page.select("[data-testid=product-price]").eachText()).containsExactly("24,99 $ + taxes", "5,00 $");
        assertThat(page.select("[data-testid=product-stock]").eachText())
                .containsExactly("En stock : 3", "En rupture de stock");
        assertThat(page.select("[data-testid=product-picture]")).hasSize(1);
        assertThat(page.selectFirst("[data-testid=product-picture]").attr("src"))
                .isEqualTo("/api/orders/products/" + SHAMPOO + "/picture");
        assertThat(page.selectFirst("[data-testid=product-picture]").attr("alt"))
                .isEqualTo("Shampooing doux");
        assertThat(testId(page, "cart-link").text()).isEqualTo("Mon panier (3 articles)");
        assertThat(page.select("[data-testid=shop-refused]")).isEmpty();

        Document english = page(get("/boutique").param("lang", "en"), HttpStatus.OK);
        assertThat(testId(english, "nav-shop").text()).isEqualTo("Shop");
        assertThat(english.select("[data-testid=product-price]").eachText()).containsExactly("$24.99 + taxes", "$5.00");
    }

    @Test
    void aProductIsAddedToTheCartAndAStockRefusalShowsNextToTheQuantity() throws Exception {
        backend.reply("GET", "/api/orders/products/" + SHAMPOO, 200, SHAMPOO_JSON);
        Document product = page(get("/boutique/produits/" + SHAMPOO), HttpStatus.OK);
        assertThat(testId(product, "section-title").text()).isEqualTo("Shampooing doux");
        assertThat(testId(product, "product-description").text()).isEqualTo("Pour chiens et chats");
        assertThat(product.selectFirst("label[for=quantity]").text()).contains("Quantité");
        assertThat(product.selectFirst("input#quantity").val()).isEqualTo("1");

        backend.reply("PUT", "/api/orders/cart/items/" + SHAMPOO, 200, CART);
        mvc.perform(
                        post("/boutique/produits/" + SHAMPOO)
                                .param("quantity", "2")
                                .with(Pages.client())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/boutique/panier?notice=added"));
        assertSent("PUT", "/api/orders/cart/items/" + SHAMPOO, "{\"quantity\":2}");

        backend.reset();
        signedIn();
        backend.reply("GET", "/api/orders/products/" + SHAMPOO, 200, SHAMPOO_JSON);
        backend.reply("PUT", "/api/orders/cart/items/" + SHAMPOO, 422, STOCK_PROBLEM);
        Document refused = page(
                withCsrf(post("/boutique/produits/" + SHAMPOO).param("quantity", "4")),
                HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(testId(refused, "form-errors").text())
                .contains("Stock insuffisant pour « Shampooing doux » : il en reste 3.");
        assertThat(refused.selectFirst("input#quantity").val()).isEqualTo("4");

        Document invalid =
                page(withCsrf(post("/boutique/produits/" + SHAMPOO).param("quantity", "0")), HttpStatus.BAD_REQUEST);
        assertThat(invalid.select("[data-testid=field-error]")).isNotEmpty();
    }

    @Test
    void theCartShowsItsLinesAndTaxesAndTheCheckoutGoesOnToThePaymentPage() throws Exception {
        backend.reply("GET", "/api/orders/cart", 200, CART);
        Document cart = page(get("/boutique/panier").param("notice", "added"), HttpStatus.OK);
        assertThat(testId(cart, "cart-notice").text()).isEqualTo("Le produit est dans votre panier.");
        assertThat(cart.select("[data-testid=cart-line]")).hasSize(2);
        assertThat(cart.select("[data-testid=line-amount]").eachText()).containsExactly("49,98 $", "5,00 $");
        assertThat(cart.select("[data-testid=line-quantity]").eachAttr("value")).containsExactly("2", "1");
        assertThat(cart.select("label[for=quantity-0]").text()).isEqualTo("Quantité de Shampooing doux");
        assertThat(testId(cart, "cart-subtotal").text()).isEqualTo("54,98 $");
        assertThat(testId(cart, "cart-gst").text()).isEqualTo("2,50 $");
        assertThat(testId(cart, "cart-qst").text()).isEqualTo("4,99 $");
        assertThat(testId(cart, "cart-total").text()).isEqualTo("62,47 $");
        assertThat(testId(cart, "checkout").text()).isEqualTo("Commander et payer");
        assertThat(testId(cart, "checkout").hasAttr("disabled")).isFalse();

        backend.reply("POST", "/api/orders/cart/checkout", 201, """
                {"orderId":"%s","number":1514,"total":"62.47"}""".formatted(ORDER));
        mvc.perform(withCsrf(post("/boutique/panier/commander")).with(Pages.client()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/orders/" + ORDER + "/pay"));

        backend.reply("DELETE", "/api/orders/cart/items/" + TREATS, 200, EMPTY_CART);
        mvc.perform(withCsrf(post("/boutique/panier/" + TREATS + "/retirer")).with(Pages.client()))
                .andExpect(redirectedUrl("/boutique/panier?notice=removed"));
        assertThat(backend.received().stream().anyMatch(call -> call.method().equals("DELETE")))
                .isTrue();
    }

    @Test
    void aRefusedCheckoutShowsTheServicesReasonOnTheCart() throws Exception {
        backend.reply("GET", "/api/orders/cart", 200, CART);
        backend.reply("POST", "/api/orders/cart/checkout", 422, STOCK_PROBLEM);
        Document refused = page(withCsrf(post("/boutique/panier/commander")), HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(testId(refused, "checkout-error").text())
                .isEqualTo("Stock insuffisant pour « Shampooing doux » : il en reste 3.");
        assertThat(refused.select("[data-testid=cart-line]")).hasSize(2);

        backend.reply("POST", "/api/orders/cart/checkout", 503, "{}");
        Document down = page(withCsrf(post("/boutique/panier/commander")), HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(down.select("[data-testid=unavailable-message]")).hasSize(1);
    }

    @Test
    void aSuspendedClientSeesTheShopButCannotOrder() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS.replace("\"ACTIVE\"", "\"SUSPENDED\""));
        backend.reply("GET", "/api/orders/cart", 200, CART);
        Document cart = page(get("/boutique/panier"), HttpStatus.OK);
        assertThat(testId(cart, "shop-refused").text()).startsWith("Votre compte est suspendu");
        assertThat(cart.select("[data-testid=checkout]")).isEmpty();
    }

    @Test
    void anEmptyCartSaysSo() throws Exception {
        backend.reply("GET", "/api/orders/cart", 200, EMPTY_CART);
        Document cart = page(get("/boutique/panier").param("lang", "en"), HttpStatus.OK);
        assertThat(testId(cart, "cart-empty").text()).isEqualTo("Your cart is empty.");
        assertThat(cart.select("[data-testid=checkout]")).isEmpty();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withCsrf(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return request.with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
    }
}
