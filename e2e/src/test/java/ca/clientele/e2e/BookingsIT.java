package ca.clientele.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 10 in Chromium, in French, through the gateway, booking-service, the registry, Kafka and Keycloak, on the demo
 * catalogue (profile demo: the Plateau branch, "Taille des griffes", "Visites à domicile", Cynthia's hours): a client
 * books a nail trim for their pet, sees it "Non payé" and cancels it; a second client loses the race for a slot and is
 * told so with fresh slots; staff move an appointment in the timesheet and the client sees the new time; staff
 * complete a home visit with a report card and a photo, and the client sees it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookingsIT extends BrowserTest {

    private static final String FRANCIS = "client1@clientele.test";
    private static final String MARIE = "client2@clientele.test";
    private static final String FRANCIS_PET = "Praline";
    private static final String MARIE_PET = "Nougat";
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    // The demo catalogue (booking-service's profile demo).
    private static final String PLATEAU = "0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001";
    private static final String NAIL_TRIM = "5e1f0000-0000-4000-8000-000000000001";
    private static final String HOME_VISIT = "5e1f0000-0000-4000-8000-000000000002";
    private static final String CYNTHIA = "a0000000-0000-4000-8000-000000000002";
    /** A 1×1 PNG: document-service checks what the bytes are. */
    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static BrowserContext francisContext;
    private static BrowserContext marieContext;
    private static BrowserContext staffContext;
    private static Page francis;
    private static Page marie;
    private static Page staff;
    private static Page current;
    private static String francisId;
    private static String francisPetId;

    @BeforeAll
    static void signIn() {
        francisContext = browsers.newContext();
        francis = francisContext.newPage();
        francis.navigate(Stack.GATEWAY + "/");
        Pages.signIn(francis, FRANCIS, "demo1234");
        assertThat(francis.getByTestId("welcome")).containsText("Bienvenue");
        francisId = keycloak.userByEmail(FRANCIS).orElseThrow().get("id").getAsString();
        francisPetId = addPet(francisContext, francisId, FRANCIS_PET);

        marieContext = browsers.newContext();
        marie = marieContext.newPage();
        marie.navigate(Stack.GATEWAY + "/");
        Pages.signIn(marie, MARIE, "demo1234");
        assertThat(marie.getByTestId("welcome")).containsText("Bienvenue");
        String marieId = keycloak.userByEmail(MARIE).orElseThrow().get("id").getAsString();
        addPet(marieContext, marieId, MARIE_PET);

        staffContext = browsers.newContext();
        staff = staffContext.newPage();
        staff.navigate(Stack.GATEWAY + "/admin/");
        Pages.signIn(staff, "cynthia@clientele.test", "demo1234");
        staff.waitForURL(Pattern.compile(".*/admin/.*"));
        current = francis;
    }

    @AfterAll
    static void close() {
        for (BrowserContext context : new BrowserContext[] {francisContext, marieContext, staffContext}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Override
    Page page() {
        return current;
    }

    /** The page the current person sees meets WCAG 2.1 AA (axe-core). */
    private static void audit() {
        Accessibility.assertAccessible(current);
    }

    @Test
    @Order(1)
    void aClientBooksANailTrimForTheirPetSeesItUnpaidAndCancelsIt() {
        current = francis;
        francis.navigate(Stack.GATEWAY + "/");
        francis.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Services & Disponibilités"))
                .first()
                .click();
        francis.waitForURL(Pattern.compile(".*/services$"));
        audit();

        // Next week's: a client may cancel online up to 24 hours before the start, and this one will.
        openFirstFreeSlot(francis, FRANCIS_PET, true);
        assertThat(francis.getByTestId("summary-service")).containsText("Taille des griffes");
        assertThat(francis.getByTestId("summary-price")).containsText("35,00");
        audit();
        francis.getByTestId("confirm-submit").click();

        francis.waitForURL(Pattern.compile(".*/services/rendez-vous/[0-9a-f-]{36}\\?notice=booked$"));
        assertThat(francis.getByTestId("appointment-status")).hasText("Non payé");
        assertThat(francis.getByTestId("booking-notice")).containsText("Votre rendez-vous est réservé.");
        String appointmentPath = appointmentPath(francis.url());
        audit();

        francis.navigate(Stack.GATEWAY + "/services");
        Locator upcoming =
                francis.getByTestId("upcoming-appointment").filter(new Locator.FilterOptions().setHasText(FRANCIS_PET));
        assertThat(upcoming.first()).containsText("Non payé");
        francis.navigate(Stack.GATEWAY + appointmentPath + "/annuler");
        francis.locator("[name=reason]").fill("Praline est malade");
        francis.getByTestId("cancel-submit").click();
        francis.waitForURL(Pattern.compile(".*" + Pattern.quote(appointmentPath) + "\\?notice=cancelled$"));
        assertThat(francis.getByTestId("booking-notice")).hasText("Votre rendez-vous est annulé.");
        assertThat(francis.getByTestId("appointment-status")).hasText("Annulé");
    }

    @Test
    @Order(2)
    void aSecondClientLosesTheRaceForASlotAndIsShownFreshSlots() {
        current = marie;
        marie.navigate(Stack.GATEWAY + "/services");
        openFirstFreeSlot(marie, MARIE_PET, false);
        String start =
                marie.getByTestId("confirm-form").locator("input[name=start]").inputValue();
        String staffId =
                marie.getByTestId("confirm-form").locator("input[name=staffId]").inputValue();
        String branchId = marie.getByTestId("confirm-form")
                .locator("input[name=branchId]")
                .inputValue();
        String serviceId = marie.getByTestId("confirm-form")
                .locator("input[name=serviceId]")
                .inputValue();

        // Francis takes the same slot first, through the API as his portal would.
        JsonObject slot = new JsonObject();
        slot.addProperty("start", start);
        slot.addProperty("staffId", staffId);
        assertThat(serviceId).isEqualTo(NAIL_TRIM);
        assertThat(branchId).isEqualTo(PLATEAU);
        book(francisContext, NAIL_TRIM, slot, francisPetId, FRANCIS_PET, null);

        marie.getByTestId("confirm-submit").click();
        assertThat(marie.getByTestId("slot-taken")).containsText("Ce créneau vient d'être pris");
        assertThat(marie.getByTestId("fresh-slots").getByTestId("slot").first()).isVisible();
        assertThat(marie.getByTestId("fresh-slots")).not().containsText(start);
        audit();
    }

    @Test
    @Order(3)
    void staffMoveAnAppointmentInTheTimesheetAndTheClientSeesTheNewTime() {
        JsonArray days = freeSlots(francisContext, NAIL_TRIM, "");
        JsonObject first = firstSlot(days);
        JsonObject later = laterSlotSameDay(days, first);
        String appointmentId = book(francisContext, NAIL_TRIM, first, francisPetId, FRANCIS_PET, null);

        current = staff;
        String day = localDate(first.get("start").getAsString());
        staff.navigate(Stack.GATEWAY + "/admin/timesheet?day=" + day);
        Locator block = staff.locator("[data-testid=ts-appointment][data-appointment-id='" + appointmentId + "']");
        assertThat(block).containsText(FRANCIS_PET);
        assertThat(block).containsText("Non payé");
        audit();
        block.getByTestId("ts-appointment-link").click();
        staff.waitForURL(Pattern.compile(".*/admin/timesheet/appointments/" + appointmentId + "$"));
        audit();
        // The keyboard's way to move: the "Déplacer" form (the grid also takes a drag).
        staff.getByTestId("move-time").fill(localTime(later.get("start").getAsString()));
        staff.getByTestId("move-save").click();
        assertThat(staff.getByTestId("appointment-done")).hasText("Le rendez-vous est déplacé.");

        current = francis;
        francis.navigate(Stack.GATEWAY + "/services/rendez-vous/" + appointmentId);
        Locator when = francis.getByTestId("appointment-when").locator("time");
        assertThat(Instant.parse(when.getAttribute("datetime")))
                .isEqualTo(Instant.parse(later.get("start").getAsString()));
        assertThat(when).containsText(frenchTime(later.get("start").getAsString()));
        audit();
    }

    @Test
    @Order(4)
    void staffCompleteAHomeVisitWithAReportCardAndAPhotoAndTheClientSeesIt() {
        // Home visits need a current rabies vaccination: the client records it in the registry, booking learns it
        // from the registry's event.
        APIResponse vaccinated = GatewayCalls.call(
                francisContext,
                "POST",
                "/api/clients/" + francisId + "/pets/" + francisPetId + "/vaccinations",
                GatewayCalls.json("""
                        {"vaccine":"RABIES","givenOn":"%s","validUntil":"%s","clinic":"Clinique du Plateau"}""".formatted(
                                LocalDate.now().minusMonths(2), LocalDate.now().plusYears(1))));
        assertThat(vaccinated.status()).as(vaccinated.text()).isEqualTo(201);
        JsonObject slot = firstSlot(
                freeSlots(staffContext, HOME_VISIT, "&postalCode=H2J%203V1&latitude=45.5301&longitude=-73.5790"));
        String location = """
                {"street":"4321, rue Fabre","city":"Montréal","postalCode":"H2J 3V1","latitude":45.5301,
                 "longitude":-73.5790}""";
        String appointmentId = book(staffContext, HOME_VISIT, slot, francisPetId, FRANCIS_PET, location);

        current = staff;
        staff.navigate(Stack.GATEWAY + "/admin/timesheet/appointments/" + appointmentId);
        assertThat(staff.getByTestId("appointment-service")).containsText("Visites à domicile");
        Locator card = staff.getByTestId("report-card").first();
        assertThat(card).containsText(FRANCIS_PET);
        staff.getByTestId("cards[0]-done").fill("Griffes taillées, coussinets hydratés");
        staff.getByTestId("card-0-nails").selectOption("SHORT");
        staff.getByTestId("cards[0]-behaviour").fill("Calme, ronronne");
        staff.getByTestId("card-0-photos")
                .setInputFiles(new FilePayload(
                        "praline.png", "image/png", Base64.getDecoder().decode(PNG)));
        assertThat(staff.getByTestId("card-0-photos-status")).hasText("1 photo(s) jointe(s).");
        audit();
        staff.getByTestId("complete-save").click();
        assertThat(staff.getByTestId("appointment-done"))
                .hasText("Le rendez-vous est terminé; les fiches de visite sont enregistrées.");
        assertThat(staff.getByTestId("appointment-status")).containsText("Terminé");

        current = francis;
        francis.navigate(Stack.GATEWAY + "/services/rendez-vous/" + appointmentId);
        assertThat(francis.getByTestId("appointment-status")).hasText("Terminé");
        Locator shared = francis.getByTestId("report-card");
        assertThat(shared).hasCount(1);
        assertThat(shared.getByTestId("report-done")).containsText("Griffes taillées, coussinets hydratés");
        assertThat(shared.getByTestId("report-behaviour")).containsText("Calme, ronronne");
        Locator photo = shared.getByTestId("report-photo").first();
        photo.scrollIntoViewIfNeeded();
        francis.waitForFunction("img => img.complete && img.naturalWidth > 0", photo.elementHandle());
        audit();
    }

    /** From "Services & Disponibilités", books "Taille des griffes" for the pet up to the confirmation page. */
    private static void openFirstFreeSlot(Page page, String pet, boolean nextWeek) {
        page.getByTestId("service-card")
                .filter(new Locator.FilterOptions().setHasText("Taille des griffes"))
                .getByTestId("service-book")
                .click();
        page.getByTestId("pet-" + pet).check();
        page.getByTestId("slot-search-submit").click();
        Locator slots = page.getByTestId("slots").getByTestId("slot");
        if (nextWeek) {
            String shown = page.getByTestId("day").inputValue();
            page.getByTestId("week-next").click();
            assertThat(page.getByTestId("day")).not().hasValue(shown);
        }
        // Late on a Saturday the rest of this week is closed: the next week has Cynthia's hours.
        for (int week = 0; week < 2 && !hasAny(slots); week++) {
            page.getByTestId("week-next").click();
        }
        slots.first().click();
        page.waitForURL(Pattern.compile(".*/services/reserver/confirmer.*"));
    }

    private static boolean hasAny(Locator slots) {
        try {
            slots.first().waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            return true;
        } catch (com.microsoft.playwright.TimeoutError none) {
            return false;
        }
    }

    /**
     * A week of free slots of a demo service, as the caller sees them (GET /api/slots: each day's starts per staff
     * member), each day's as one object per slot ({@code start}, {@code staffId}) by start under {@code slots}.
     */
    static JsonArray freeSlots(BrowserContext session, String serviceId, String extra) {
        LocalDate today = LocalDate.now(MONTREAL);
        APIResponse answer = GatewayCalls.call(
                session,
                "GET",
                "/api/slots?serviceId=" + serviceId + "&branchId=" + PLATEAU + "&from=" + today.plusDays(1) + "&to="
                        + today.plusDays(8) + "&pets=1&staffId=" + CYNTHIA + extra,
                RequestOptions.create());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonArray days = new JsonArray();
        for (var answered : JsonParser.parseString(answer.text()).getAsJsonArray()) {
            List<JsonObject> slots = new ArrayList<>();
            for (var member : answered.getAsJsonObject().getAsJsonArray("staff")) {
                for (var start : member.getAsJsonObject().getAsJsonArray("starts")) {
                    JsonObject slot = new JsonObject();
                    slot.add("start", start);
                    slot.add("staffId", member.getAsJsonObject().get("staffId"));
                    slots.add(slot);
                }
            }
            slots.sort(
                    Comparator.comparing(slot -> Instant.parse(slot.get("start").getAsString())));
            JsonObject day = new JsonObject();
            day.add("date", answered.getAsJsonObject().get("date"));
            JsonArray byStart = new JsonArray();
            slots.forEach(byStart::add);
            day.add("slots", byStart);
            days.add(day);
        }
        return days;
    }

    /** The first slot of the first day that has one. */
    static JsonObject firstSlot(JsonArray days) {
        for (var day : days) {
            for (var slot : day.getAsJsonObject().getAsJsonArray("slots")) {
                return slot.getAsJsonObject();
            }
        }
        throw new AssertionError("no free slot in " + days);
    }

    /** A slot of the same day starting an hour or more after {@code slot} (so the two cannot overlap). */
    private static JsonObject laterSlotSameDay(JsonArray days, JsonObject slot) {
        Instant start = Instant.parse(slot.get("start").getAsString());
        for (var day : days) {
            for (var candidate : day.getAsJsonObject().getAsJsonArray("slots")) {
                Instant other =
                        Instant.parse(candidate.getAsJsonObject().get("start").getAsString());
                if (localDate(other.toString()).equals(localDate(start.toString()))
                        && !other.isBefore(start.plus(Duration.ofHours(1)))) {
                    return candidate.getAsJsonObject();
                }
            }
        }
        throw new AssertionError("no later slot the same day in " + days);
    }

    /**
     * Books the slot through the API with this session; its id. Booking learns pets and vaccinations from the
     * registry's events, a moment after the registry: a refusal (400, nothing stored) is asked again a few times.
     */
    private static String book(
            BrowserContext session, String serviceId, JsonObject slot, String petId, String petName, String location) {
        String body = """
                {"clientId":"%s","serviceId":"%s","branchId":"%s","staffId":"%s","start":"%s","petIds":["%s"],
                 "petNames":["%s"],"clientName":"Francis Marceau","location":%s}""".formatted(
                        francisId,
                        serviceId,
                        PLATEAU,
                        slot.get("staffId").getAsString(),
                        slot.get("start").getAsString(),
                        petId,
                        petName,
                        location);
        APIResponse answer = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            answer = GatewayCalls.call(session, "POST", "/api/bookings", GatewayCalls.json(body));
            if (answer.status() != 400) {
                break;
            }
            francis.waitForTimeout(500);
        }
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return JsonParser.parseString(answer.text()).getAsJsonObject().get("id").getAsString();
    }

    private static String localDate(String instant) {
        return Instant.parse(instant).atZone(MONTREAL).toLocalDate().toString();
    }

    private static String localTime(String instant) {
        return Instant.parse(instant).atZone(MONTREAL).toLocalTime().toString();
    }

    /** "16 h 30" / "9 h", as the portal writes a time in French. */
    private static String frenchTime(String instant) {
        LocalTime time = Instant.parse(instant).atZone(MONTREAL).toLocalTime();
        return time.getMinute() == 0
                ? time.getHour() + " h"
                : time.getHour() + " h " + "%02d".formatted(time.getMinute());
    }

    private static String appointmentPath(String url) {
        Matcher path = Pattern.compile("/services/rendez-vous/[0-9a-f-]{36}").matcher(url);
        assertThat(path.find()).isTrue();
        return path.group();
    }

    /** Adds a pet through the registry API with the client's session, as "Mes animaux" does; its id. */
    static String addPet(BrowserContext session, String clientId, String name) {
        APIResponse added = GatewayCalls.call(
                session,
                "POST",
                "/api/clients/" + clientId + "/pets",
                GatewayCalls.json("{\"name\":\"" + name + "\",\"species\":\"CAT\"}"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonObject pet = JsonParser.parseString(added.text()).getAsJsonObject();
        return pet.get("id").getAsString();
    }
}
