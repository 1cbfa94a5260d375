package ca.clientele.billing.report;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.OrderCredited;
import ca.clientele.billing.order.OrderKind;
import ca.clientele.billing.order.OrderPlaced;
import ca.clientele.billing.tax.QuebecTaxes;
import ca.clientele.billing.tax.TaxBreakdown;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The sales report over invoices and credit notes issued in 2038 (a year no other test uses). */
@ServiceIntegrationTest
class SalesReportIT {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static boolean loaded;

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void perDayAndPerMonthWithCreditNotesSubtractedAsJsonAndCsv() {
        load();
        ApiClient api = new ApiClient(port);
        String staff = jwts.staff(UUID.randomUUID());

        JsonNode days = api.get("/api/invoices/reports/sales?from=2038-03-01&to=2038-04-30", staff)
                .json();
        assertThat(days.get("groupBy").asString()).isEqualTo("day");
        assertThat(days.get("periods")).hasSize(3);
        JsonNode march3 = days.get("periods").get(0);
        assertThat(march3.get("period").asString()).isEqualTo("2038-03-03");
        assertThat(march3.get("invoices").asLong()).isEqualTo(2);
        assertThat(march3.get("sales").asString()).isEqualTo("70.00");
        assertThat(march3.get("gst").asString()).isEqualTo("3.50");
        assertThat(march3.get("qst").asString()).isEqualTo("6.98");
        assertThat(march3.get("total").asString()).isEqualTo("80.48");
        // 23:30 on March 31 in Montréal is April 1 in UTC: it belongs to March 31.
        assertThat(days.get("periods").get(1).get("period").asString()).isEqualTo("2038-03-31");
        JsonNode april2 = days.get("periods").get(2);
        assertThat(april2.get("creditNotes").asLong()).isEqualTo(1);
        assertThat(april2.get("creditedGst").asString()).isEqualTo("1.75");
        assertThat(april2.get("netTotal").asString()).isEqualTo("-40.24");

        JsonNode totals = days.get("totals");
        assertThat(totals.get("invoices").asLong()).isEqualTo(3);
        assertThat(totals.get("sales").asString()).isEqualTo("75.00");
        assertThat(totals.get("gst").asString()).isEqualTo("3.75");
        assertThat(totals.get("qst").asString()).isEqualTo("7.48");
        assertThat(totals.get("netSales").asString()).isEqualTo("40.00");
        assertThat(totals.get("netGst").asString()).isEqualTo("2.00");
        assertThat(totals.get("netQst").asString()).isEqualTo("3.99");
        assertThat(totals.get("netTotal").asString()).isEqualTo("45.99");

        JsonNode months = api.get("/api/invoices/reports/sales?from=2038-03-01&to=2038-04-30&groupBy=month", staff)
                .json();
        assertThat(months.get("periods"))
                .extracting(period -> period.get("period").asString())
                .containsExactly("2038-03", "2038-04");

        ApiClient.Response csv = api.get("/api/invoices/reports/sales.csv?from=2038-03-01&to=2038-04-30", staff);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.getFirst())
                .startsWith("Période,Factures,Notes de crédit,Ventes avant taxes,TPS perçue,TVQ perçue");
        assertThat(lines.get(1))
                .isEqualTo("2038-03-03,2,0,70.00,3.50,6.98,80.48,0.00,0.00,0.00,0.00,70.00,3.50,6.98,80.48");
        assertThat(lines.getLast())
                .startsWith("Total,3,1,75.00,3.75,7.48,86.23,")
                .endsWith(",40.00,2.00,3.99,45.99");
        assertThat(api.get("/api/invoices/reports/sales.csv?from=2038-03-01&to=2038-04-30", staff, "en")
                        .body()
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .contains("Period,Invoices,Credit notes,Sales before taxes,GST collected,QST collected");
    }

    @Test
    void staffOnlyAndAPeriodThatMakesSense() {
        ApiClient api = new ApiClient(port);
        String staff = jwts.staff(UUID.randomUUID());
        assertThat(api.get(
                                "/api/invoices/reports/sales?from=2038-03-01&to=2038-04-30",
                                jwts.client(UUID.randomUUID(), null, null, null))
                        .status())
                .isEqualTo(403);
        ApiClient.Response backwards = api.get("/api/invoices/reports/sales?from=2038-04-30&to=2038-03-01", staff);
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().get("detail").asString()).contains("période");
        assertThat(api.get("/api/invoices/reports/sales?from=2030-01-01&to=2038-01-01", staff)
                        .status())
                .isEqualTo(422);
        assertThat(api.get("/api/invoices/reports/sales?from=2038-03-01&to=2038-04-30&groupBy=week", staff)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/invoices/reports/sales?from=hier&to=2038-04-30", staff)
                        .status())
                .isEqualTo(400);
    }

    private synchronized void load() {
        if (loaded) {
            return;
        }
        UUID client = UUID.randomUUID();
        OrderPlaced first = place(client, at(2038, 3, 3, 9, 0), "35.00");
        place(client, at(2038, 3, 3, 15, 0), "35.00");
        place(client, at(2038, 3, 31, 23, 30), "5.00");
        // The first one refunded in full on April 2.
        tx.executeWithoutResult(status -> events.publishEvent(new OrderCredited(
                first.orderId(),
                first.orderNumber(),
                client,
                Money.cad("40.24"),
                "REFUNDED_TO_CARD",
                null,
                at(2038, 4, 2, 10, 0))));
        // Out of the period: not counted.
        place(client, at(2038, 5, 1, 0, 30), "95.00");
        loaded = true;
    }

    private OrderPlaced place(UUID client, Instant at, String price) {
        Money unit = Money.cad(price);
        TaxBreakdown taxes = QuebecTaxes.on(unit);
        OrderPlaced order = new OrderPlaced(
                UUID.randomUUID(),
                1,
                OrderKind.APPOINTMENT,
                client,
                new OrderPlaced.BillTo("Client", List.of()),
                "fr",
                List.of(new OrderPlaced.Line(
                        "Taille des griffes", "Nail trim", 1, unit, BigDecimal.ZERO, Money.ZERO, unit, true)),
                unit,
                Money.ZERO,
                unit,
                taxes.gst(),
                taxes.qst(),
                taxes.total(),
                at);
        tx.executeWithoutResult(status -> events.publishEvent(order));
        return order;
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MONTREAL).toInstant();
    }
}
