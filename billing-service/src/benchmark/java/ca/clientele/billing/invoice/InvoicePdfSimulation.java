package ca.clientele.billing.invoice;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import ca.clientele.billing.BillingServiceApplication;
import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.OrderKind;
import ca.clientele.billing.order.OrderPlaced;
import ca.clientele.billing.tax.QuebecTaxes;
import ca.clientele.billing.tax.TaxBreakdown;
import ca.clientele.platform.testing.BenchmarkServer;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice PDF rendering per second (issue 11). Starts billing-service on loopback ports ({@link BenchmarkServer}:
 * embedded PostgreSQL 18, KRaft Kafka, ephemeral keys), issues {@code benchmark.invoices} invoices through the
 * in-process {@code OrderPlaced} event as the order side does (1 to 4 lines each, half in French, half in English),
 * then measures:
 *
 * <ol>
 *   <li>the renderer alone, in process: {@code InvoicePdf.invoice} on one thread for {@code benchmark.seconds}
 *       seconds after a warm-up (printed: renders per second, mean and p95 milliseconds, mean PDF size);
 *   <li>the download through HTTP, {@code GET /api/invoices/{id}/pdf} as staff (read, decrypt, render, send), by
 *       {@code benchmark.users} concurrent users for {@code benchmark.seconds} seconds after a warm-up: Gatling's
 *       requests per second are renders per second end to end, with the latency percentiles.
 * </ol>
 *
 * <p>{@code ./mvnw -B -Pbenchmark -pl billing-service test-compile gatling:test exec:java
 * -Dbenchmark.simulation=ca.clientele.billing.invoice.InvoicePdfSimulation}; options {@code -Dbenchmark.invoices=200},
 * {@code -Dbenchmark.users=2}, {@code -Dbenchmark.seconds=60}.
 */
public class InvoicePdfSimulation extends Simulation {

    private static final int INVOICES = Integer.getInteger("benchmark.invoices", 200);
    private static final int USERS = Integer.getInteger("benchmark.users", 2);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    private static final int WARM_UP = 100;
    private static final long SEED = 20_261_202L;

    private final BenchmarkServer service =
            BenchmarkServer.start(BillingServiceApplication.class, "clientele.billing.v1");

    {
        List<UUID> invoices = issue();
        renderInProcess(invoices);

        String staff = service.staffToken();
        List<Map<String, Object>> feed = new ArrayList<>();
        for (UUID id : invoices) {
            feed.add(Map.of("id", id.toString(), "token", staff));
        }
        HttpProtocolBuilder api = http.baseUrl(service.baseUrl());
        ScenarioBuilder warming = scenario("warm-up").repeat(WARM_UP).on(download(feed, "warm-up"));
        ScenarioBuilder downloads = scenario("invoice PDF downloads")
                .during(Duration.ofSeconds(SECONDS))
                .on(download(feed, "GET /api/invoices/{id}/pdf"));

        setUp(warming.injectOpen(atOnceUsers(1))
                        .andThen(downloads.injectClosed(constantConcurrentUsers(USERS).during(SECONDS))))
                .protocols(api)
                .maxDuration(Duration.ofSeconds(SECONDS * 2L + 120))
                .assertions(global().failedRequests().count().is(0L));
    }

    private static ChainBuilder download(List<Map<String, Object>> feed, String name) {
        return feed(listFeeder(feed).circular())
                .exec(http(name)
                        .get("/api/invoices/#{id}/pdf")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200), header("Content-Type").is("application/pdf")));
    }

    /** {@code INVOICES} invoices issued as the order side issues them: OrderPlaced inside a transaction. */
    private List<UUID> issue() {
        ApplicationEventPublisher events = service.events();
        TransactionTemplate tx = service.bean(TransactionTemplate.class);
        Random random = new Random(SEED);
        long started = System.nanoTime();
        for (int n = 0; n < INVOICES; n++) {
            OrderPlaced order = order(n, random);
            tx.executeWithoutResult(status -> events.publishEvent(order));
        }
        System.out.printf(
                "Issued %,d invoices in %d ms%n", INVOICES, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return service.bean(JdbcClient.class)
                .sql("select id from invoice order by sequence")
                .query(UUID.class)
                .list();
    }

    /** The renderer alone on one thread: renders per second, mean and p95 time, mean size. */
    private void renderInProcess(List<UUID> ids) {
        InvoicePdf pdf = service.bean(InvoicePdf.class);
        InvoiceRepository repository = service.bean(InvoiceRepository.class);
        TransactionTemplate tx = service.bean(TransactionTemplate.class);
        List<Invoice> invoices = tx.execute(status -> repository.findAllById(ids));
        for (int n = 0; n < WARM_UP; n++) {
            render(pdf, invoices.get(n % invoices.size()));
        }
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        long started = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long before = System.nanoTime();
            bytes += render(pdf, invoices.get(nanos.size() % invoices.size()));
            nanos.add(System.nanoTime() - before);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(
                "%nIn-process invoice PDF renders (1 thread, %d s): %,d renders, %.1f renders/s, mean %.1f ms,"
                        + " p95 %.1f ms, mean size %,d bytes%n%n",
                SECONDS,
                nanos.size(),
                nanos.size() / seconds,
                sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(0.95 * sorted.size()) - 1)) / 1e6,
                bytes / Math.max(1, nanos.size()));
    }

    private static int render(InvoicePdf pdf, Invoice invoice) {
        Locale locale = "en".equals(invoice.language()) ? Locale.CANADA : Locale.CANADA_FRENCH;
        return pdf.invoice(invoice, locale).length;
    }

    private static OrderPlaced order(int n, Random random) {
        String[][] services = {
            {"Taille des griffes", "Nail trim", "35.00"},
            {"Visite à domicile", "Home visit", "41.10"},
            {"Brossage des dents", "Tooth brushing", "5.00"},
            {"Toilettage complet", "Full grooming", "95.00"}
        };
        int count = 1 + random.nextInt(4);
        List<OrderPlaced.Line> lines = new ArrayList<>();
        Money subtotal = Money.ZERO;
        for (int l = 0; l < count; l++) {
            String[] service = services[random.nextInt(services.length)];
            Money price = Money.cad(service[2]);
            lines.add(new OrderPlaced.Line(
                    service[0] + " — Biscuit", service[1] + " — Biscuit", 1, price, BigDecimal.ZERO, Money.ZERO, price,
                    true));
            subtotal = subtotal.plus(price);
        }
        TaxBreakdown taxes = QuebecTaxes.on(subtotal);
        return new OrderPlaced(
                UUID.randomUUID(),
                1500 + n,
                OrderKind.APPOINTMENT,
                UUID.randomUUID(),
                new OrderPlaced.BillTo(
                        "Amélie Côté-Tremblay", List.of("4521, rue Saint-Hubert, app. 3", "Montréal (Québec) H2J 2X1")),
                n % 2 == 0 ? "fr" : "en",
                lines,
                subtotal,
                Money.ZERO,
                subtotal,
                taxes.gst(),
                taxes.qst(),
                taxes.total(),
                Instant.parse("2026-04-20T20:30:00Z").plusSeconds(n * 60L));
    }

    @Override
    public void after() {
        service.close();
    }
}
