package ca.clientele.billing.shop;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many clients check out the last units at once, on real PostgreSQL: exactly as many win as there are units. */
@ServiceIntegrationTest
@Import(TestOrderPlacement.class)
class StockConcurrencyIT {

    static final int BUYERS = 12;
    static final int UNITS = 5;

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentCheckoutsNeverTakeMoreThanTheStock() throws Exception {
        ApiClient api = new ApiClient(port);
        String staff = jwts.staff(UUID.randomUUID());
        String id = api.post("/api/orders/products", staff, ShopIT.product("Dernier sac", "30.00", UNITS))
                .json()
                .get("id")
                .asString();
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            String buyer = jwts.client(UUID.randomUUID(), null, null, null);
            assertThat(api.put("/api/orders/cart/items/" + id, buyer, "{\"quantity\":1}")
                            .status())
                    .isEqualTo(200);
            buyers.add(buyer);
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(BUYERS)) {
            for (String buyer : buyers) {
                Callable<ApiClient.Response> checkout = () -> {
                    start.await();
                    return new ApiClient(port).post("/api/orders/cart/checkout", buyer, "");
                };
                outcomes.add(pool.submit(checkout));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiClient.Response> outcome : outcomes) {
            ApiClient.Response response = outcome.get();
            statuses.add(response.status());
            if (response.status() == 422) {
                assertThat(response.json().get("detail").asString())
                        .startsWith("Stock insuffisant pour « Dernier sac »");
            }
        }
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(UNITS);
        assertThat(statuses).filteredOn(status -> status == 422).hasSize(BUYERS - UNITS);
        assertThat(jdbc.sql("select stock from product where id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(TestOrderPlacement.PLACED.stream()
                        .filter(order -> order.lines().stream()
                                .anyMatch(line -> line.productId().toString().equals(id))))
                .hasSize(UNITS);
    }

    @Test
    void aDoubleClickedCheckoutPlacesOneOrder() throws Exception {
        ApiClient api = new ApiClient(port);
        String staff = jwts.staff(UUID.randomUUID());
        String id = api.post("/api/orders/products", staff, ShopIT.product("Brosse douce", "12.00", 10))
                .json()
                .get("id")
                .asString();
        UUID clientId = UUID.randomUUID();
        String buyer = jwts.client(clientId, null, null, null);
        api.put("/api/orders/cart/items/" + id, buyer, "{\"quantity\":2}");

        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> clicks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return new ApiClient(port).post("/api/orders/cart/checkout", buyer, "");
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiClient.Response> click : clicks) {
            statuses.add(click.get().status());
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        assertThat(jdbc.sql("select stock from product where id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(8);
        assertThat(TestOrderPlacement.PLACED.stream()
                        .filter(order -> order.clientId().equals(clientId)))
                .hasSize(1);
    }
}
