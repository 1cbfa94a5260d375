package ca.clientele.billing.card;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * billing-service on real PostgreSQL and Kafka with Stripe keys set and Stripe's API at {@link StripeStub}; the order
 * side is {@link OrderPaymentsDouble}. One configuration for the package's tests: one cached context.
 */
@ServiceIntegrationTest
@Import(OrderPaymentsDouble.class)
abstract class CardIntegration {

    static final StripeStub stripe = StripeStub.INSTANCE;

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        registry.add("clientele.billing.stripe.api-base", stripe::url);
        registry.add("clientele.billing.stripe.secret-key", () -> StripeStub.SECRET_KEY);
        registry.add("clientele.billing.stripe.publishable-key", () -> StripeStub.PUBLISHABLE_KEY);
        registry.add("clientele.billing.stripe.webhook-secret", () -> StripeStub.WEBHOOK_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    OrderPaymentsDouble.Orders orders;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void resetStripe() {
        stripe.reset();
        api = new ApiClient(port);
    }
}
