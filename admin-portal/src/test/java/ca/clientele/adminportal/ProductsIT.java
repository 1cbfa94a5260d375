package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * "Produits" and "Vente en magasin" against a stubbed billing-service: the list (inactive products included, with
 * pictures, prices and stock), creating a product (the exact JSON), editing it (what was typed kept on a refusal, the
 * conflict notice on a stale copy), adjusting the stock (a refusal in the service's words), the picture upload form,
 * and an in-store sale from the client's page (the exact JSON, the order it placed, a stock refusal).
 */
class ProductsIT extends PortalIT {

    static final String SHAMPOO = "5a000000-0000-4000-8000-000000000001";
    static final String COLLAR = "5a000000-0000-4000-8000-000000000002";
    static final String CLIENT = "7b1f4a7e-2c1d-4e0a-9a55-1c9e8f3b2a10";

    static final String SHAMPOO_JSON = """
            {"id":"%s","name":"Shampooing doux","description":"Pour chiens et chats","nameFr":"Shampooing doux",
             "nameEn":"Mild shampoo","descriptionFr":"Pour chiens et chats","descriptionEn":"For dogs and cats",
             "price":"24.99","taxable":true,"stock":3,"active":true,"hasPicture":true,"version":2}
            """.formatted(SHAMPOO);

    static final String COLLAR_JSON = """
            {"id":"%s","name":"Collier","description":"","nameFr":"Collier","nameEn":"Collar","descriptionFr":"",
             "descriptionEn":"","price":"18.00","taxable":true,"stock":0,"active":false,"hasPicture":false,"version":0}
            """.formatted(COLLAR);

    static final String PRODUCTS = "[" + SHAMPOO_JSON + "," + COLLAR_JSON + "]";

    static final String BUYER = """
            {"id":"%s","displayName":"Francis Marceau","status":"SUSPENDED","firstName":"Francis","version":3}
            """.formatted(CLIENT);

    static final String STOCK_REFUSED = """
            {"type":"about:blank","title":"Unprocessable Content","status":422,
             "detail":"Stock insuffisant pour « Shampooing doux » : il en reste 3."}
            """;

    @Test
    void productsAreInTheMenuAndListedWithPicturePriceStockAndSale() throws Exception {
        reply("GET", "/api/orders/products", 200, PRODUCTS);
        Document page = html(mvc.perform(get("/products").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "menu-products").text()).isEqualTo("Produits");
        var rows = page.select("[data-testid=product-row]");
        assertThat(rows).hasSize(2);
        Element shampoo = rows.getFirst();
        assertThat(testId(shampoo, "product-edit").text()).isEqualTo("Shampooing doux");
        assertThat(testId(shampoo, "product-edit").attr("href")).isEqualTo("/admin/products/" + SHAMPOO);
        assertThat(testId(shampoo, "product-price").text()).isEqualTo("24,99 $ + taxes");
        assertThat(testId(shampoo, "product-stock").text()).isEqualTo("3");
        assertThat(testId(shampoo, "product-active").text()).isEqualTo("En vente");
        assertThat(testId(shampoo, "product-picture").attr("src"))
                .isEqualTo("/api/orders/products/" + SHAMPOO + "/picture");
        assertThat(testId(rows.get(1), "product-active").text()).isEqualTo("Retiré de la vente");
        assertThat(rows.get(1).select("[data-testid=product-picture]")).isEmpty();
        assertThat(sent("GET", "/api/orders/products").getUrl()).endsWith("includeInactive=true");

        Document english = html(mvc.perform(get("/products").param("lang", "en").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(english, "menu-products").text()).isEqualTo("Products");
        assertThat(testId(english, "product-price").text()).isEqualTo("$24.99 + taxes");
    }

    @Test
    void aNewProductIsSentWholeWithItsOpeningStock() throws Exception {
        Document form = html(mvc.perform(get("/products/new").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.selectFirst("label[for=product-nameFr]").text()).contains("Nom (français)");
        assertThat(form.getElementById("product-stock")).isNotNull();
        assertThat(form.select("[data-testid=picture-upload]")).isEmpty();

        reply("POST", "/api/orders/products", 201, SHAMPOO_JSON);
        mvc.perform(typed(
                        post("/products").with(staff()),
                        "nameFr=Shampooing doux",
                        "nameEn=Mild shampoo",
                        "descriptionFr=Pour chiens et chats",
                        "descriptionEn=For dogs and cats",
                        "price=24,99",
                        "stock=3",
                        "taxable=true",
                        "_taxable=on",
                        "active=true",
                        "_active=on",
                        "version=0"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/products/" + SHAMPOO + "?done=created"));
        assertThat(sentJson("POST", "/api/orders/products")).isEqualTo(json("""
                {"nameFr":"Shampooing doux","nameEn":"Mild shampoo","descriptionFr":"Pour chiens et chats",
                 "descriptionEn":"For dogs and cats","price":24.99,"taxable":true,"stock":3,"active":true,
                 "version":null}"""));
    }

    @Test
    void anEditRefusedOrMadeOnAStaleCopyShowsWhyAndKeepsWhatWasTyped() throws Exception {
        reply("GET", "/api/orders/products/" + SHAMPOO, 200, SHAMPOO_JSON);
        Document form = html(mvc.perform(get("/products/" + SHAMPOO).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.getElementById("product-nameEn").val()).isEqualTo("Mild shampoo");
        assertThat(form.getElementById("product-price").val()).isEqualTo("24,99");
        assertThat(testId(form, "stock-now").text()).isEqualTo("En stock : 3");
        assertThat(testId(form, "picture-upload").attr("action"))
                .isEqualTo("/api/orders/products/" + SHAMPOO + "/picture");
        assertThat(form.selectFirst("label[for=picture-file]").text()).contains("JPEG ou PNG");

        Document blank = submit(post("/products/" + SHAMPOO).with(staff()), 400, edit("nameFr="));
        assertThat(fieldError(blank, "product-nameFr")).isNotBlank();
        assertThat(calls("PUT", "/api/orders/products/" + SHAMPOO)).isEmpty();

        reply("PUT", "/api/orders/products/" + SHAMPOO, 400, invalid("price", "Le prix doit être positif."));
        Document refused = submit(post("/products/" + SHAMPOO).with(staff()), 400, edit("nameFr=Shampooing"));
        assertThat(fieldError(refused, "product-price")).isEqualTo("Le prix doit être positif.");

        reply("PUT", "/api/orders/products/" + SHAMPOO, 409, CONFLICT);
        Document stale = submit(post("/products/" + SHAMPOO).with(staff()), 409, edit("nameFr=Shampooing extra"));
        assertThat(testId(stale, "conflict-message")).isNotNull();
        assertThat(stale.getElementById("product-nameFr").val()).isEqualTo("Shampooing extra");

        reply("PUT", "/api/orders/products/" + SHAMPOO, 200, SHAMPOO_JSON);
        mvc.perform(typed(post("/products/" + SHAMPOO).with(staff()), edit("nameFr=Shampooing doux")))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/products?done=saved"));
        assertThat(sentJson("PUT", "/api/orders/products/" + SHAMPOO)
                        .get("version")
                        .asLong())
                .isEqualTo(2);
        assertThat(sentJson("PUT", "/api/orders/products/" + SHAMPOO)
                        .get("active")
                        .asBoolean())
                .as("unchecked: withdrawn from sale")
                .isFalse();
    }

    @Test
    void theStockIsAdjustedAndARefusalSaysWhy() throws Exception {
        reply("GET", "/api/orders/products/" + SHAMPOO, 200, SHAMPOO_JSON);
        reply("POST", "/api/orders/products/" + SHAMPOO + "/stock-adjustments", 200, SHAMPOO_JSON);
        mvc.perform(typed(post("/products/" + SHAMPOO + "/stock").with(staff()), "change=10"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/products/" + SHAMPOO + "?done=stock"));
        assertThat(sentJson("POST", "/api/orders/products/" + SHAMPOO + "/stock-adjustments"))
                .isEqualTo(json("{\"change\":10}"));

        reply("POST", "/api/orders/products/" + SHAMPOO + "/stock-adjustments", 422, """
                {"type":"about:blank","title":"Unprocessable Content","status":422,
                 "detail":"Le stock ne peut pas devenir négatif."}""");
        Document refused = submit(post("/products/" + SHAMPOO + "/stock").with(staff()), 422, "change=-9");
        assertThat(testId(refused, "form-stock").text()).contains("Le stock ne peut pas devenir négatif.");
        assertThat(refused.getElementById("stock-change").val()).isEqualTo("-9");
    }

    @Test
    void theClientPageLinksToTheInStoreSale() throws Exception {
        ClientPageIT.stubPage();
        Document page = html(mvc.perform(get("/clients/" + Pages.FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "in-store-sale").text()).isEqualTo("Vente en magasin");
        assertThat(testId(page, "in-store-sale").attr("href"))
                .isEqualTo("/admin/clients/" + Pages.FRANCIS_ID + "/sale");
    }

    @Test
    void anInStoreSaleIsRecordedForTheClientFromTheirPage() throws Exception {
        reply("GET", "/api/clients/" + CLIENT, 200, BUYER);
        reply("GET", "/api/orders/products", 200, PRODUCTS);
        Document form = html(mvc.perform(get("/clients/" + CLIENT + "/sale").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.selectFirst("h1").text()).isEqualTo("Vente en magasin — Francis Marceau");
        assertThat(testId(form, "sale-client-status").text()).contains("la vente en magasin reste possible");
        assertThat(form.select("[data-testid=sale-row]")).hasSize(5);
        assertThat(testId(form, "sale-product-0").select("option").eachText())
                .containsExactly("—", "Shampooing doux — 24,99 $ (3 en stock)");
        assertThat(form.selectFirst("label[for=sale-quantity-0]").text()).isEqualTo("Quantité 1");

        reply("POST", "/api/orders/in-store-sales", 201, """
                {"orderId":"0d000000-0000-4000-8000-000000001514","number":1514,"total":"57.47"}""");
        Document sold = submit(
                post("/clients/" + CLIENT + "/sale").with(staff()),
                200,
                "rows[0].productId=" + SHAMPOO,
                "rows[0].quantity=2",
                "rows[1].productId=",
                "rows[1].quantity=");
        assertThat(testId(sold, "sale-done").text())
                .isEqualTo("Vente enregistrée : commande n° 1514, total 57,47 $. Elle se paie comme toute commande.");
        assertThat(sentJson("POST", "/api/orders/in-store-sales")).isEqualTo(json("""
                {"clientId":"%s","items":[{"productId":"%s","quantity":2}]}""".formatted(CLIENT, SHAMPOO)));

        reply("POST", "/api/orders/in-store-sales", 422, STOCK_REFUSED);
        Document refused = submit(
                post("/clients/" + CLIENT + "/sale").with(staff()),
                422,
                "rows[0].productId=" + SHAMPOO,
                "rows[0].quantity=4");
        assertThat(testId(refused, "form-errors").text()).contains("Stock insuffisant pour « Shampooing doux »");
        assertThat(testId(refused, "sale-quantity-0").val()).isEqualTo("4");

        Document empty = submit(post("/clients/" + CLIENT + "/sale").with(staff()), 400, "rows[0].quantity=");
        assertThat(testId(empty, "form-errors").text()).contains("Choisissez au moins un produit et sa quantité.");
    }

    private static String[] edit(String name) {
        return new String[] {
            name,
            "nameEn=Mild shampoo",
            "price=24,99",
            "stock=3",
            "taxable=true",
            "_taxable=on",
            "_active=on",
            "version=2"
        };
    }
}
