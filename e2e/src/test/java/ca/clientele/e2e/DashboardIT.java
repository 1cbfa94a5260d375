package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 12's "Tableau de bord" in Chromium, through the gateway and every service: the demo client with an
 * appointment (booked through the API as the portal does), the order billing opened for it ("Payer"), a message
 * waiting for their reply (staff answered their ticket) and a form staff assigned sees each card; the header's menus
 * open on hover and on keyboard focus and close with Escape; with booking-service STOPPED (the local stack's
 * supervisor, then started again) the dashboard still renders, its appointment card "temporairement indisponible".
 * axe audits each state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT extends BrowserTest {

    private static final String CLIENT = "client1@clientele.test";
    private static final String PET = "Pistache";
    private static final String SUBJECT = "Tableau de bord : une question";
    private static final String FORM_TITLE = "Questionnaire du tableau de bord";
    private static final String NAIL_TRIM = "5e1f0000-0000-4000-8000-000000000001";
    private static final String PLATEAU = "0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001";

    private static BrowserContext clientContext;
    private static BrowserContext staffContext;
    private static Page client;
    private static Page current;
    private static String clientId;

    @BeforeAll
    static void signIn() {
        clientContext = browsers.newContext();
        client = Pages.clientSignedIn(clientContext, CLIENT);
        clientId = keycloak.userByEmail(CLIENT).orElseThrow().get("id").getAsString();
        staffContext = browsers.newContext();
        Pages.staffSignedIn(staffContext, "admin@clientele.test");
        current = client;
    }

    @AfterAll
    static void close() {
        Pages.close(clientContext, staffContext);
    }

    @Override
    Page page() {
        return current;
    }

    @Test
    @Order(1)
    void theDashboardShowsEachCardOfAClientWithSomethingWaiting() {
        bookAnAppointment();
        String ticketId = openATicketStaffAnswers();
        assignAForm();
        // Billing opens the appointment's order from booking's event a moment later.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            client.navigate(Stack.GATEWAY + "/");
            return client.getByTestId("order-to-pay").count() > 0;
        });

        assertThat(client.getByTestId("dashboard-greeting")).containsText("Bonjour");
        assertThat(client.getByTestId("card-unavailable")).hasCount(0);

        Locator appointment = client.getByTestId("card-appointment");
        // The soonest of the client's appointments (another test class may have booked one sooner).
        assertThat(appointment.getByTestId("appointment-what")).isVisible();
        assertThat(appointment.getByTestId("appointment-status")).isVisible();
        assertThat(appointment.getByTestId("appointment-view"))
                .hasAttribute("href", Pattern.compile("/services/rendez-vous/[0-9a-f-]{36}$"));

        Locator messages = client.getByTestId("card-messages");
        Locator waiting =
                messages.getByTestId("waiting-message").filter(new Locator.FilterOptions().setHasText(SUBJECT));
        assertThat(waiting).hasCount(1);
        // Through the item, not the link's accessible name: the French space before the colon may be a no-break one.
        assertThat(waiting.locator("a")).hasAttribute("href", "/messages/" + ticketId);

        Locator pay = client.getByTestId("card-to-pay").getByTestId("order-pay").first();
        assertThat(pay).hasText("Payer");
        assertThat(pay).hasAttribute("href", Pattern.compile("^/orders/[0-9a-f-]{36}/pay$"));
        assertThat(client.getByTestId("card-orders").getByTestId("recent-order").first())
                .isVisible();
        assertThat(client.getByTestId("card-forms")
                        .getByTestId("form-to-fill")
                        .filter(new Locator.FilterOptions().setHasText(FORM_TITLE)))
                .hasCount(1);
        assertThat(client.getByTestId("credit-amount")).containsText("$");
        Accessibility.assertAccessible(client);

        // "Payer" leads to the existing pay page.
        pay.click();
        client.waitForURL(Pattern.compile(".*/orders/[0-9a-f-]{36}/pay$"));
    }

    @Test
    @Order(2)
    void theHeaderMenusOpenOnHoverAndFocusAndCloseWithEscape() {
        client.navigate(Stack.GATEWAY + "/");
        Locator messagesPanel = client.getByTestId("messages-menu-panel");
        assertThat(messagesPanel).isHidden();

        // Keyboard: focus on "Mes messages" opens its menu; Tab goes into it; Escape closes it and returns.
        client.getByTestId("menu-messages").focus();
        assertThat(messagesPanel).isVisible();
        client.keyboard().press("Tab");
        assertThat(client.getByTestId("messages-menu-all")).isFocused();
        Accessibility.assertAccessible(client);
        client.keyboard().press("Escape");
        assertThat(messagesPanel).isHidden();
        assertThat(client.getByTestId("menu-messages")).isFocused();

        // The person icon: hover shows "Mon compte", "Mes messages", "Déconnexion"; Escape closes it.
        Locator button = client.getByTestId("person-menu-button");
        Locator personPanel = client.getByTestId("person-menu-panel");
        button.hover();
        assertThat(personPanel).isVisible();
        assertThat(button).hasAttribute("aria-expanded", "true");
        assertThat(personPanel.getByTestId("menu-account")).isVisible();
        assertThat(personPanel.getByTestId("person-menu-messages")).isVisible();
        assertThat(personPanel.getByTestId("person-menu-logout")).isVisible();
        client.keyboard().press("Escape");
        assertThat(personPanel).isHidden();

        // By keyboard: focus on the button shows it, Tab walks its items in order.
        client.mouse().move(0, 0);
        button.focus();
        assertThat(personPanel).isVisible();
        client.keyboard().press("Tab");
        assertThat(personPanel.getByTestId("menu-account")).isFocused();
        client.keyboard().press("Tab");
        assertThat(personPanel.getByTestId("person-menu-messages")).isFocused();
        client.keyboard().press("Enter");
        client.waitForURL(Pattern.compile(".*/messages$"));
    }

    @Test
    @Order(3)
    void theDashboardStillRendersWithBookingServiceStopped() {
        Stack.current().stopService("booking");
        try {
            client.navigate(Stack.GATEWAY + "/");
            assertThat(client.getByTestId("card-appointment").getByTestId("card-unavailable"))
                    .containsText("Temporairement indisponible");
            assertThat(client.getByTestId("card-unavailable")).hasCount(1);
            assertThat(client.getByTestId("card-to-pay")
                            .getByTestId("order-pay")
                            .first())
                    .isVisible();
            assertThat(client.getByTestId("card-forms")
                            .getByTestId("form-to-fill")
                            .first())
                    .isVisible();
            assertThat(client.getByTestId("welcome")).containsText("Bienvenue");
            Accessibility.assertAccessible(client);

            client.navigate(Stack.GATEWAY + "/?lang=en");
            assertThat(client.getByTestId("card-appointment").getByTestId("card-unavailable"))
                    .containsText("Temporarily unavailable");
            client.navigate(Stack.GATEWAY + "/?lang=fr");
        } finally {
            Stack.current().startService("booking");
        }
        client.navigate(Stack.GATEWAY + "/");
        assertThat(client.getByTestId("card-unavailable")).hasCount(0);
        assertThat(client.getByTestId("card-appointment").getByTestId("appointment-status"))
                .isVisible();
    }

    /** Books the last free nail-trim slot of the coming week for a new pet of the client's, as the portal does. */
    private static void bookAnAppointment() {
        String petId = BookingsIT.addPet(clientContext, clientId, PET);
        JsonArray days = BookingsIT.freeSlots(clientContext, NAIL_TRIM, "");
        JsonObject slot = lastSlot(days);
        String body = """
                {"clientId":"%s","serviceId":"%s","branchId":"%s","staffId":"%s","start":"%s","petIds":["%s"],
                 "petNames":["%s"],"clientName":"Client Démo","location":null}""".formatted(
                        clientId,
                        NAIL_TRIM,
                        PLATEAU,
                        slot.get("staffId").getAsString(),
                        slot.get("start").getAsString(),
                        petId,
                        PET);
        // Booking learns the new pet from the registry's event a moment later: a 400 is asked again.
        APIResponse[] answer = new APIResponse[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    answer[0] = GatewayCalls.call(clientContext, "POST", "/api/bookings", GatewayCalls.json(body));
                    return answer[0].status() != 400;
                });
        assertThat(answer[0].status()).as(answer[0].text()).isEqualTo(201);
    }

    /** The client writes; staff answer, so the ticket waits for the client. Its id. */
    private static String openATicketStaffAnswers() {
        APIResponse categories =
                GatewayCalls.call(clientContext, "GET", "/api/tickets/categories", RequestOptions.create());
        assertThat(categories.status()).as(categories.text()).isEqualTo(200);
        String category = JsonParser.parseString(categories.text())
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .get("id")
                .getAsString();
        APIResponse opened = GatewayCalls.call(
                clientContext, "POST", "/api/tickets", GatewayCalls.json("""
                {"clientId":"%s","subject":"%s","categoryId":"%s","serviceOptionIds":[],"beneficiaries":[],
                 "body":"<p>Bonjour, une question.</p>","bcc":[],"attachments":[]}""".formatted(clientId, SUBJECT, category)));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String ticketId = JsonParser.parseString(opened.text())
                .getAsJsonObject()
                .get("id")
                .getAsString();
        APIResponse answered = GatewayCalls.call(
                staffContext,
                "POST",
                "/api/tickets/" + ticketId + "/messages",
                GatewayCalls.json(
                        "{\"body\":\"<p>Pouvez-vous préciser?</p>\",\"bcc\":[],\"attachments\":[],\"internal\":false}"));
        assertThat(answered.status()).as(answered.text()).isEqualTo(201);
        return ticketId;
    }

    /** Staff create, publish and assign a form to the client. */
    private static void assignAForm() {
        APIResponse created =
                GatewayCalls.call(staffContext, "POST", "/api/forms", GatewayCalls.json("""
                {"titleFr":"%s","titleEn":"Dashboard questionnaire",
                 "descriptionFr":"Pour votre technicienne.","descriptionEn":"For your technician.",
                 "fields":[{"key":"note","type":"SHORT_TEXT","labelFr":"Note","labelEn":"Note","required":true,"options":[]}]}
                """.formatted(FORM_TITLE)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject form = JsonParser.parseString(created.text()).getAsJsonObject();
        String formId = form.get("id").getAsString();
        APIResponse published = GatewayCalls.call(
                staffContext,
                "POST",
                "/api/forms/" + formId + "/publish",
                GatewayCalls.json("{\"rowVersion\":" + form.get("rowVersion").getAsLong() + "}"));
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        APIResponse assigned = GatewayCalls.call(
                staffContext,
                "POST",
                "/api/forms/" + formId + "/assignments",
                GatewayCalls.json("{\"clientId\":\"" + clientId + "\"}"));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
    }

    /** The last free slot of the week (the other tests take the first ones). */
    private static JsonObject lastSlot(JsonArray days) {
        JsonObject last = null;
        for (JsonElement day : days) {
            for (JsonElement slot : day.getAsJsonObject().getAsJsonArray("slots")) {
                last = slot.getAsJsonObject();
            }
        }
        assertThat(last).as("a free slot in %s", days).isNotNull();
        return last;
    }
}
