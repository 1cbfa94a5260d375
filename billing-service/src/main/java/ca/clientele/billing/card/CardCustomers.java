package ca.clientele.billing.card;

import com.stripe.model.Customer;
import com.stripe.param.CustomerCreateParams;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One Stripe Customer per client, created on first need. Nothing personal is sent: Stripe knows the customer by our
 * client id only (the cardholder name is typed into Stripe's own form). Two first uses at once create one Customer:
 * the idempotency key is the client id, and the mapping's primary key keeps the first row.
 */
@Component
class CardCustomers {

    private final StripeGateway stripe;
    private final JdbcTemplate jdbc;

    CardCustomers(StripeGateway stripe, JdbcTemplate jdbc) {
        this.stripe = stripe;
        this.jdbc = jdbc;
    }

    Optional<String> find(UUID clientId) {
        return jdbc
                .queryForList(
                        "select stripe_customer_id from card_customer where client_id = ?", String.class, clientId)
                .stream()
                .findFirst();
    }

    String ensure(UUID clientId) {
        return find(clientId).orElseGet(() -> create(clientId));
    }

    private String create(UUID clientId) {
        Customer customer = stripe.call(
                "customer-" + clientId,
                (client, options) -> client.v1()
                        .customers()
                        .create(
                                CustomerCreateParams.builder()
                                        .putMetadata("client_id", clientId.toString())
                                        .build(),
                                options));
        jdbc.update(
                "insert into card_customer (client_id, stripe_customer_id) values (?, ?) on conflict do nothing",
                clientId,
                customer.getId());
        return find(clientId).orElseThrow();
    }
}
