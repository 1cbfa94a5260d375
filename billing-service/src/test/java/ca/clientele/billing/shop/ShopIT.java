package ca.clientele.billing.shop;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.order.OrderKind;
import ca.clientele.billing.order.OrderLine;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Products, pictures, the cart, checkout and in-store sales, on real PostgreSQL, with a stand-in for orders. */
@ServiceIntegrationTest
@Import(TestOrderPlacement.class)
class ShopIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    UUID clientId;
    String client;
    String staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        clientId = UUID.randomUUID();
        client = jwts.client(clientId, null, null, null);
        staff = jwts.staff(UUID.randomUUID());
    }

    @Test
    void staffCreateAndEditAProductWithOptimisticLockingAndClientsSeeOnlyActiveOnes() {
        ApiClient.Response created = api.post("/api/orders/products", staff, product("Shampooing doux", "24.99", 5));
        assertThat(created.status()).isEqualTo(201);
        JsonNode product = created.json();
        String id = product.get("id").asString();
        assertThat(product.get("name").asString()).isEqualTo("Shampooing doux");
        assertThat(product.get("price").asString()).isEqualTo("24.99");
        assertThat(product.get("stock").asInt()).isEqualTo(5);
        assertThat(product.get("hasPicture").asBoolean()).isFalse();
        assertThat(api.send("GET", "/api/orders/products/" + id, client, null, "en")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Shampooing doux EN");

        long version = product.get("version").asLong();
        ApiClient.Response changed = api.put("/api/orders/products/" + id, staff, """
                {"nameFr":"Shampooing très doux","nameEn":"Very mild shampoo","price":"26.50","taxable":true,
                 "stock":999,"active":false,"version":%d}""".formatted(version));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("stock").asInt())
                .as("the stock changes by adjustments only")
                .isEqualTo(5);
        assertThat(changed.json().get("active").asBoolean()).isFalse();

        ApiClient.Response stale = api.put("/api/orders/products/" + id, staff, """
                {"nameFr":"Vieux","nameEn":"Old","price":"1.00","taxable":true,"version":%d}""".formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();

        assertThat(api.get("/api/orders/products/" + id, client).status()).isEqualTo(404);
        assertThat(api.get("/api/orders/products", client).body()).doesNotContain(id);
        assertThat(api.get("/api/orders/products?includeInactive=true", client).body())
                .doesNotContain(id);
        assertThat(api.get("/api/orders/products?includeInactive=true", staff).body())
                .contains(id);
    }

    @Test
    void onlyStaffKeepProductsAndStrangersAreRefused() {
        assertThat(api.post("/api/orders/products", client, product("Os", "3.00", 1))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/orders/products", null).status()).isEqualTo(401);
        assertThat(api.get("/api/orders/cart", null).status()).isEqualTo(401);
        String id = create("Os à mâcher", "3.00", 4);
        assertThat(api.post("/api/orders/products/" + id + "/stock-adjustments", client, "{\"change\":5}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/orders/in-store-sales", client, sale(clientId, id, 1))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsAProblemInTheCallersLanguageAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from product").query(Long.class).single();
        ApiClient.Response fr = api.post(
                "/api/orders/products",
                staff,
                "{\"nameFr\":\"\",\"nameEn\":\"X\",\"price\":\"1.001\",\"taxable\":true}");
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.body()).contains("nameFr").contains("Entrez un montant en dollars avec au plus 2 décimales");
        ApiClient.Response en = api.send(
                "POST",
                "/api/orders/products",
                staff,
                "{\"nameFr\":\"X\",\"nameEn\":\"X\",\"price\":\"-1\",\"taxable\":true,\"stock\":-2}",
                "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).contains("\"price\"").contains("\"stock\"");
        assertThat(jdbc.sql("select count(*) from product").query(Long.class).single())
                .isEqualTo(before);

        String id = create("Laisse", "15.00", 2);
        ApiClient.Response negative =
                api.post("/api/orders/products/" + id + "/stock-adjustments", staff, "{\"change\":-3}");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("detail").asString()).isEqualTo("Le stock ne peut pas devenir négatif.");
        assertThat(api.post("/api/orders/products/" + id + "/stock-adjustments", staff, "{\"change\":10}")
                        .json()
                        .get("stock")
                        .asInt())
                .isEqualTo(12);
        assertThat(api.put("/api/orders/cart/items/" + id, client, "{\"quantity\":100}")
                        .status())
                .isEqualTo(400);
        assertThat(api.put("/api/orders/cart/items/" + UUID.randomUUID(), client, "{\"quantity\":1}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aClientFillsTheCartAndChecksOutAShopOrderThatTakesTheStock() {
        String shampoo = create("Shampooing", "24.99", 3);
        String treats = createUntaxed("Gâteries", "5.00", 10);
        JsonNode cart = api.put("/api/orders/cart/items/" + shampoo, client, "{\"quantity\":2}")
                .json();
        cart = api.put("/api/orders/cart/items/" + treats, client, "{\"quantity\":1}")
                .json();
        assertThat(cart.get("itemCount").asInt()).isEqualTo(3);
        assertThat(cart.get("subtotal").asString()).isEqualTo("54.98");
        assertThat(cart.get("gst").asString()).isEqualTo("2.50"); // 5 % of 49.98
        assertThat(cart.get("qst").asString()).isEqualTo("4.99"); // 9.975 % of 49.98
        assertThat(cart.get("total").asString()).isEqualTo("62.47");

        ApiClient.Response tooMany = api.put("/api/orders/cart/items/" + shampoo, client, "{\"quantity\":4}");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("detail").asString())
                .isEqualTo("Stock insuffisant pour « Shampooing » : il en reste 3.");

        String otherClient = jwts.client(UUID.randomUUID(), null, null, null);
        assertThat(api.get("/api/orders/cart", otherClient).json().get("lines")).isEmpty();

        ApiClient.Response placed = api.post("/api/orders/cart/checkout", client, "");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().get("total").asString()).isEqualTo("62.47");
        assertThat(placed.json().get("number").asLong()).isGreaterThanOrEqualTo(1500);
        var order = TestOrderPlacement.PLACED.stream()
                .filter(o -> o.clientId().equals(clientId))
                .findFirst()
                .orElseThrow();
        assertThat(order.kind()).isEqualTo(OrderKind.SHOP);
        assertThat(order.placedByClient()).isTrue();
        assertThat(order.lines())
                .extracting(OrderLine::descriptionFr, OrderLine::quantity, OrderLine::taxable)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Shampooing", 2, true),
                        org.assertj.core.groups.Tuple.tuple("Gâteries", 1, false));
        assertThat(stock(shampoo)).isEqualTo(1);
        assertThat(stock(treats)).isEqualTo(9);
        assertThat(api.get("/api/orders/cart", client).json().get("lines")).isEmpty();

        ApiClient.Response empty = api.send("POST", "/api/orders/cart/checkout", client, "", "en");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asString()).isEqualTo("Your cart is empty.");
    }

    @Test
    void aSuspendedOrBannedClientIsRefusedWithTheOrdersMessageAndNothingChanges() {
        String id = create("Brosse", "12.00", 5);
        api.put("/api/orders/cart/items/" + id, client, "{\"quantity\":2}");
        TestOrderPlacement.BLOCKED.add(clientId);

        ApiClient.Response refused = api.post("/api/orders/cart/checkout", client, "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Votre compte ne permet pas d'acheter pour le moment (suspendu ou banni). "
                        + "Veuillez communiquer avec nous.");
        assertThat(stock(id))
                .as("the stock taken is given back by the rollback")
                .isEqualTo(5);
        assertThat(api.get("/api/orders/cart", client).json().get("itemCount").asInt())
                .isEqualTo(2);

        ApiClient.Response inStore = api.post("/api/orders/in-store-sales", staff, sale(clientId, id, 2));
        assertThat(inStore.status()).as("staff may still sell to them in store").isEqualTo(201);
        assertThat(stock(id)).isEqualTo(3);
        var order = TestOrderPlacement.PLACED.stream()
                .filter(o -> o.clientId().equals(clientId))
                .findFirst()
                .orElseThrow();
        assertThat(order.kind()).isEqualTo(OrderKind.IN_STORE);
        assertThat(order.placedByClient()).isFalse();
    }

    @Test
    void aDeactivatedProductInTheCartStopsTheCheckout() {
        String id = create("Collier", "18.00", 5);
        api.put("/api/orders/cart/items/" + id, client, "{\"quantity\":1}");
        JsonNode product = api.get("/api/orders/products/" + id, staff).json();
        api.put("/api/orders/products/" + id, staff, """
                {"nameFr":"Collier","nameEn":"Collar","price":"18.00","taxable":true,"active":false,"version":%d}""".formatted(
                        product.get("version").asLong()));
        assertThat(api.get("/api/orders/cart", client)
                        .json()
                        .get("lines")
                        .get(0)
                        .get("available")
                        .asBoolean())
                .isFalse();
        ApiClient.Response refused = api.post("/api/orders/cart/checkout", client, "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).isEqualTo("« Collier » n'est plus offert.");
        assertThat(stock(id)).isEqualTo(5);
    }

    @Test
    void aPictureIsReencodedAndReadableByAnyoneSignedInWhileOtherFilesAreRefused() throws IOException {
        String id = create("Jouet", "9.99", 1);
        byte[] png = png();
        byte[] withTrailer = concat(png, "SECRET-TRAILER".getBytes(StandardCharsets.UTF_8));
        JsonNode uploaded = upload(id, withTrailer, "jouet.png", staff).json();
        assertThat(uploaded.get("hasPicture").asBoolean()).isTrue();

        var picture = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/orders/products/" + id + "/picture")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + client)
                .retrieve()
                .toEntity(byte[].class);
        assertThat(picture.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(picture.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new String(picture.getBody(), StandardCharsets.ISO_8859_1)).doesNotContain("SECRET-TRAILER");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(picture.getBody()))
                        .getWidth())
                .isEqualTo(4);

        ApiClient.Response html = upload(id, "<html><script>alert(1)</script></html>".getBytes(), "x.png", staff);
        assertThat(html.status()).isEqualTo(422);
        assertThat(html.body()).contains("L'image doit être au format JPEG ou PNG.");
        ApiClient.Response huge = upload(id, new byte[PictureReencoder.MAX_BYTES + 1], "big.png", staff);
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.body()).contains("L'image dépasse 2 Mo.");
        assertThat(upload(id, png, "jouet.png", client).status()).isEqualTo(403);
        assertThat(api.get("/api/orders/products/" + UUID.randomUUID() + "/picture", client)
                        .status())
                .isEqualTo(404);
    }

    private ApiClient.Response upload(String id, byte[] bytes, String name, String token) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/orders/products/" + id + "/picture")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .exchange((request, response) -> new ApiClient.Response(
                        response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private int stock(String id) {
        return jdbc.sql("select stock from product where id = ?::uuid")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private String create(String nameFr, String price, int stock) {
        return api.post("/api/orders/products", staff, product(nameFr, price, stock))
                .json()
                .get("id")
                .asString();
    }

    private String createUntaxed(String nameFr, String price, int stock) {
        return api.post(
                        "/api/orders/products",
                        staff,
                        product(nameFr, price, stock).replace("\"taxable\":true", "\"taxable\":false"))
                .json()
                .get("id")
                .asString();
    }

    static String product(String nameFr, String price, int stock) {
        return """
                {"nameFr":"%s","nameEn":"%s EN","descriptionFr":"Pour chiens et chats","descriptionEn":"For dogs and cats",
                 "price":"%s","taxable":true,"stock":%d}""".formatted(nameFr, nameFr, price, stock);
    }

    static String sale(UUID clientId, String productId, int quantity) {
        return """
                {"clientId":"%s","items":[{"productId":"%s","quantity":%d}]}""".formatted(clientId, productId, quantity);
    }
}
