package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 11 in Chromium, in French, through the gateway, booking-service, billing-service, Kafka and Keycloak: a client
 * books a nail trim and sees its order "Attente de paiement" in "Rendez-vous confirmés"; staff record an Interac
 * payment and the client sees it paid; staff complete the visit, the client sees "Complétée" and downloads the invoice
 * (GST, QST and both registration numbers); a refund to the credit balance shows the struck-through total and the new
 * balance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BillingIT extends BrowserTest {

    private static final String FRANCIS = "client1@clientele.test";
    private static final String PET = "Caramel";
    private static final String NAIL_TRIM = "5e1f0000-0000-4000-8000-000000000001";
    private static final String PLATEAU = "0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001";
    /** The demo registration numbers the local stack prints (billing-service's defaults, profile demo). */
    private static final String GST_NUMBER = "123456789 RT0001";

    private static final String QST_NUMBER = "1234567890 TQ0001";

    private static BrowserContext francisContext;
    private static BrowserContext staffContext;
    private static Page francis;
    private static Page staff;
    private static Page current;
    private static String francisId;
    private static String appointmentId;
    private static String orderId;
    private static String orderNumber;

    @BeforeAll
    static void signIn() {
        francisContext = browsers.newContext();
        francis = francisContext.newPage();
        francis.navigate(Stack.GATEWAY + "/");
        Pages.signIn(francis, FRANCIS, "demo1234");
        assertThat(francis.getByTestId("welcome")).containsText("Bienvenue");
        francisId = keycloak.userByEmail(FRANCIS).orElseThrow().get("id").getAsString();

        staffContext = browsers.newContext();
        staff = staffContext.newPage();
        staff.navigate(Stack.GATEWAY + "/admin/");
        Pages.signIn(staff, "admin@clientele.test", "demo1234");
        staff.waitForURL(Pattern.compile(".*/admin/.*"));
        current = francis;
    }

    @AfterAll
    static void close() {
        for (BrowserContext context : new BrowserContext[] {francisContext, staffContext}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Override
    Page page() {
        return current;
    }

    private static void audit() {
        Accessibility.assertAccessible(current);
    }

    @Test
    @Order(1)
    void aBookedNailTrimBecomesAnOrderAwaitingPayment() {
        String petId = BookingsIT.addPet(francisContext, francisId, PET);
        JsonObject slot = BookingsIT.firstSlot(BookingsIT.freeSlots(francisContext, NAIL_TRIM, ""));
        appointmentId = book(slot, petId);
        // billing-service learns of the booking from Kafka, a moment later.
        JsonObject order = eventually(() -> ordersOf(francisContext, appointmentId));
        orderId = order.get("id").getAsString();
        orderNumber = order.get("number").getAsString();

        current = francis;
        francis.navigate(Stack.GATEWAY + "/");
        francis.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rendez-vous confirmés"))
                .first()
                .click();
        francis.waitForURL(Pattern.compile(".*/rendez-vous$"));
        assertThat(francis.getByTestId("section-title")).hasText("Rendez-vous confirmés");
        Locator row = orderRow();
        assertThat(row.getByTestId("order-status")).hasText("Attente de paiement");
        assertThat(row.getByTestId("order-total")).containsText("40,24 $");
        assertThat(row.getByTestId("order-total")).containsText("pour 1 service");
        for (String action : new String[] {"order-pay", "order-view", "order-cancel", "order-invoice"}) {
            assertThat(row.getByTestId(action)).isVisible();
        }
        audit();
    }

    @Test
    @Order(2)
    void staffRecordAnInteracPaymentAndTheClientSeesTheOrderPaid() {
        current = staff;
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + francisId);
        Locator link = staff.getByTestId("section-billing")
                .getByTestId("billing-order-link")
                .filter(new Locator.FilterOptions().setHasText("#" + orderNumber));
        link.click();
        staff.waitForURL(Pattern.compile(".*/admin/clients/" + francisId + "/commandes/" + orderId + "$"));
        assertThat(staff.getByTestId("order-status")).hasText("Attente de paiement");
        audit();
        Locator form = staff.getByTestId("payment-form");
        form.locator("select[name=method]").selectOption("INTERAC");
        form.locator("input[name=amount]").fill("40,24");
        form.locator("input[name=reference]").fill("CA7Q2X9");
        staff.getByTestId("payment-submit").click();
        assertThat(staff.getByTestId("billing-notice")).hasText("Paiement enregistré.");
        assertThat(staff.getByTestId("order-status")).hasText("Payée");
        audit();

        current = francis;
        francis.navigate(Stack.GATEWAY + "/rendez-vous");
        Locator row = orderRow();
        assertThat(row.getByTestId("order-status")).hasText("Payée");
        assertThat(row.getByTestId("order-pay")).hasCount(0);
        // booking-service hears billing's order-paid: the appointment is confirmed.
        eventually(() -> {
            francis.navigate(Stack.GATEWAY + "/services/rendez-vous/" + appointmentId);
            return francis.getByTestId("appointment-status").textContent().contains("Confirmé") ? Boolean.TRUE : null;
        });
        audit();
    }

    @Test
    @Order(3)
    void staffCompleteTheVisitAndTheClientDownloadsTheInvoice() throws IOException {
        current = staff;
        staff.navigate(Stack.GATEWAY + "/admin/timesheet/appointments/" + appointmentId);
        staff.getByTestId("complete-save").click();
        assertThat(staff.getByTestId("appointment-status")).containsText("Terminé");

        current = francis;
        Locator row = eventually(() -> {
            francis.navigate(Stack.GATEWAY + "/rendez-vous");
            Locator found = orderRow();
            return found.getByTestId("order-status").textContent().contains("Complétée") ? found : null;
        });
        assertThat(row.getByTestId("order-status")).hasText("Complétée");
        audit();
        Download download =
                francis.waitForDownload(() -> row.getByTestId("order-invoice").click());
        String text;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Facture", "TPS", "TVQ", GST_NUMBER, QST_NUMBER, "Taille des griffes", "40,24");
    }

    @Test
    @Order(4)
    void aRefundToTheCreditBalanceStrikesTheTotalAndRaisesTheBalance() {
        current = staff;
        staff.navigate(Stack.GATEWAY + "/admin/clients/" + francisId + "/commandes/" + orderId);
        Locator form = staff.getByTestId("refund-form");
        form.locator("input[name=amount]").fill("40,24");
        form.locator("select[name=to]").selectOption("CREDIT");
        form.locator("input[name=reason]").fill("Geste commercial");
        staff.getByTestId("refund-submit").click();
        assertThat(staff.getByTestId("billing-notice")).hasText("Remboursement enregistré.");
        assertThat(staff.getByTestId("order-status")).hasText("Remboursée");

        current = francis;
        francis.navigate(Stack.GATEWAY + "/rendez-vous");
        Locator row = orderRow();
        assertThat(row.getByTestId("order-status")).hasText("Remboursée");
        assertThat(row.getByTestId("order-total-original")).hasText("40,24 $");
        assertThat(row.getByTestId("order-total")).containsText("0,00 $");
        assertThat(row.getByTestId("order-total")).containsText("pour 0 service");
        assertThat(francis.getByTestId("credit-balance-amount")).hasText("40,24 $");
        audit();
    }

    /** The history's row of this test's order. */
    private static Locator orderRow() {
        return francis.getByTestId("order-row")
                .filter(new Locator.FilterOptions()
                        .setHas(francis.getByTestId("order-number").getByText("#" + orderNumber)));
    }

    /** Books the slot for Francis's pet with his session, as the portal does; the appointment's id. */
    private static String book(JsonObject slot, String petId) {
        String body = """
                {"clientId":"%s","serviceId":"%s","branchId":"%s","staffId":"%s","start":"%s","petIds":["%s"],
                 "petNames":["%s"],"clientName":"Francis Marceau","location":null}""".formatted(
                        francisId,
                        NAIL_TRIM,
                        PLATEAU,
                        slot.get("staffId").getAsString(),
                        slot.get("start").getAsString(),
                        petId,
                        PET);
        // Booking learns the new pet from the registry's event a moment later: a 400 is asked again.
        APIResponse answer = eventually(() -> {
            APIResponse tried = GatewayCalls.call(francisContext, "POST", "/api/bookings", GatewayCalls.json(body));
            return tried.status() == 400 ? null : tried;
        });
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return JsonParser.parseString(answer.text()).getAsJsonObject().get("id").getAsString();
    }

    /** The client's order for the appointment (GET /api/orders), or null while billing has not heard of it. */
    private static JsonObject ordersOf(BrowserContext session, String appointment) {
        APIResponse answer = GatewayCalls.call(session, "GET", "/api/orders?size=50", RequestOptions.create());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonObject page = JsonParser.parseString(answer.text()).getAsJsonObject();
        for (JsonElement item : page.getAsJsonArray(page.has("items") ? "items" : "content")) {
            JsonObject order = item.getAsJsonObject();
            if (order.has("appointmentId")
                    && !order.get("appointmentId").isJsonNull()
                    && appointment.equals(order.get("appointmentId").getAsString())) {
                return order;
            }
        }
        return null;
    }

    /** What {@code attempt} answers once it answers something (not null), within 30 seconds. */
    private static <T> T eventually(Supplier<T> attempt) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            T answer = attempt.get();
            if (answer != null) {
                return answer;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("nothing within 30 s");
            }
            francis.waitForTimeout(500);
        }
    }
}
