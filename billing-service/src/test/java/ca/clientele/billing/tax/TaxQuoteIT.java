package ca.clientele.billing.tax;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class TaxQuoteIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    ApiClient api;
    String client;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        client = jwts.client(UUID.randomUUID(), null, null, null);
    }

    @Test
    void aSubtotalIsQuotedWithBothTaxesAndTheRegistrationNumbers() {
        ApiClient.Response quote = api.post("/api/invoices/tax-quote", client, "{\"subtotal\": \"35.00\"}");
        assertThat(quote.status()).isEqualTo(200);
        assertThat(quote.body())
                .isEqualTo(
                        "{\"subtotal\":\"35.00\",\"gst\":\"1.75\",\"qst\":\"3.49\",\"total\":\"40.24\","
                                + "\"currency\":\"CAD\",\"gstNumber\":\"123456789 RT0001\",\"qstNumber\":\"1234567890 TQ0001\"}");
    }

    @Test
    void aJsonNumberIsAcceptedAndStaffGetTheSameQuote() {
        JsonNode quote = api.post("/api/invoices/tax-quote", jwts.staff(UUID.randomUUID()), "{\"subtotal\": 95}")
                .json();
        assertThat(quote.get("subtotal").asString()).isEqualTo("95.00");
        assertThat(quote.get("qst").asString()).isEqualTo("9.48");
        assertThat(quote.get("total").asString()).isEqualTo("109.23");
    }

    @Test
    void aQuoteNeedsAValidToken() {
        assertThat(api.post("/api/invoices/tax-quote", null, "{\"subtotal\": \"35.00\"}")
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/invoices/tax-quote", TestJwts.forged(UUID.randomUUID()), "{\"subtotal\": \"35.00\"}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aSubtotalMustBePositiveInFrenchByDefaultAndInEnglishOnRequest() {
        ApiClient.Response fr = api.post("/api/invoices/tax-quote", client, "{\"subtotal\": \"-5.00\"}");
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(errors(fr)).containsExactlyEntriesOf(Map.of("subtotal", "doit être supérieur à 0"));

        ApiClient.Response en = api.send("POST", "/api/invoices/tax-quote", client, "{\"subtotal\": \"0\"}", "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("detail").asString()).isEqualTo("Some fields are invalid.");
        assertThat(errors(en)).containsExactlyEntriesOf(Map.of("subtotal", "must be greater than 0"));
    }

    @Test
    void fractionsOfACentAndMissingSubtotalsAreRefused() {
        ApiClient.Response cents = api.post("/api/invoices/tax-quote", client, "{\"subtotal\": \"35.001\"}");
        assertThat(cents.status()).isEqualTo(400);
        assertThat(errors(cents))
                .containsEntry("subtotal", "Entrez un montant en dollars avec au plus 2 décimales (cents).");
        ApiClient.Response centsEn =
                api.send("POST", "/api/invoices/tax-quote", client, "{\"subtotal\": \"35.001\"}", "en");
        assertThat(errors(centsEn))
                .containsEntry("subtotal", "Enter an amount in dollars with at most 2 decimals (cents).");

        ApiClient.Response missing = api.post("/api/invoices/tax-quote", client, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errors(missing)).containsEntry("subtotal", "ne doit pas être nul");

        ApiClient.Response notANumber = api.post("/api/invoices/tax-quote", client, "{\"subtotal\": \"trente\"}");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.isProblem()).isTrue();
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .collect(Collectors.toMap(
                        node -> node.get("field").asString(),
                        node -> node.get("message").asString()));
    }
}
