package ca.clientele.billing.order;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** Every order test: the service on real PostgreSQL and Kafka, booking and registry events to publish, an API. */
@ServiceIntegrationTest
@Import(OrderTestConfiguration.class)
abstract class OrderTestBase {

    /** The registry's contact endpoint (ADR 0029): unknown clients are 404 unless a test stubs them. */
    static final ca.clientele.billing.customer.RegistryStub registry =
            ca.clientele.billing.customer.RegistryStub.INSTANCE;

    @org.springframework.test.context.DynamicPropertySource
    static void registry(org.springframework.test.context.DynamicPropertyRegistry properties) {
        registry.register(properties);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    OrderTestConfiguration.InProcessEvents inProcess;

    @Autowired
    OrderTestConfiguration.FakeCardRefunds cardRefunds;

    ApiClient api;
    PeerEvents peers;
    String staff;
    BillingEventLog log;

    @BeforeEach
    void setUpBase() {
        api = new ApiClient(port);
        peers = new PeerEvents(broker);
        staff = jwts.staff(UUID.randomUUID());
        log = new BillingEventLog(broker);
    }

    @AfterEach
    void tearDownBase() {
        log.close();
        cardRefunds.available.set(false);
    }

    String client(UUID id) {
        return jwts.client(id, null, "Léa", "Tremblay");
    }

    /** Books an appointment through booking's event and waits for its order; returns the order's summary. */
    JsonNode bookedOrder(UUID clientId, UUID appointmentId, int quantity, String unitPrice) {
        peers.booked(UUID.randomUUID().toString(), appointmentId, clientId, quantity, unitPrice);
        return awaitOrder(clientId, appointmentId);
    }

    JsonNode awaitOrder(UUID clientId, UUID appointmentId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> orderOf(clientId, appointmentId) != null);
        return orderOf(clientId, appointmentId);
    }

    JsonNode orderOf(UUID clientId, UUID appointmentId) {
        ApiClient.Response page = api.get("/api/orders?clientId=" + clientId, staff);
        assertThat(page.status()).isEqualTo(200);
        for (JsonNode item : page.json().get("items")) {
            if (appointmentId.toString().equals(item.get("appointmentId").asString())) {
                return item;
            }
        }
        return null;
    }

    JsonNode order(String orderId) {
        ApiClient.Response response = api.get("/api/orders/" + orderId, staff);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    void awaitStatus(String orderId, String status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(order(orderId).get("status").asString()));
    }

    /**
     * Waits for the order's invoice. Billing holds no copy of a test's new client, so the invoice follows the
     * registry's answer, in the background (ADR 0036), and issuing it updates the order: a test racing payments
     * against each other waits for it first, or the issue would be one more concurrent writer.
     */
    void awaitInvoiceIssued(String orderId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from invoice where order_id = ?::uuid")
                                .param(orderId)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    /** Waits until the order knows its appointment was completed (the service was given). */
    void awaitServiceDone(String orderId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select service_done_at is not null from customer_order where id = ?::uuid")
                        .param(orderId)
                        .query(Boolean.class)
                        .single());
    }

    ApiClient.Response pay(String orderId, String token, String method, String amount) {
        return api.post("/api/orders/" + orderId + "/payments", token, """
                {"method": "%s", "amount": "%s", "reference": "REF-123 lea@example.com"}""".formatted(method, amount));
    }

    void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
