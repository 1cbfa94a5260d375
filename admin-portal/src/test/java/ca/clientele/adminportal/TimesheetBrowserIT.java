package ca.clientele.adminportal;

import static ca.clientele.adminportal.BookingFixtures.APPOINTMENT;
import static ca.clientele.adminportal.BookingFixtures.APPOINTMENT_ID;
import static ca.clientele.adminportal.BookingFixtures.CYNTHIA;
import static ca.clientele.adminportal.BookingFixtures.JULIEN;
import static ca.clientele.adminportal.BookingFixtures.NAIL_TRIM;
import static ca.clientele.adminportal.BookingFixtures.PHOTO_ID;
import static ca.clientele.adminportal.BookingFixtures.UNPAID;
import static ca.clientele.adminportal.BookingFixtures.appointment;
import static ca.clientele.adminportal.BookingFixtures.page;
import static ca.clientele.adminportal.Pages.FRANCIS;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MOKA_ID;
import static ca.clientele.adminportal.Pages.MONTREAL_BRANCH;
import static ca.clientele.adminportal.Pages.PETS;
import static ca.clientele.adminportal.Pages.TWO_CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timesheet in Chromium ({@link BrowserIntegration}): create by clicking a cell (live client
 * search with htmx), move by dragging a block and by the keyboard's "Déplacer" form, mark done with
 * a report card and a photo sent to the document-service, and a WCAG 2.1 AA audit of each page.
 */
class TimesheetBrowserIT extends BrowserIntegration {

    private static final String DAY = BASE + "/admin/timesheet?view=day&day=2026-12-03&branch=" + MONTREAL_BRANCH;

    @BeforeEach
    void stubs() {
        TimesheetIT.stubTimesheet(page());
        reply("GET", "/api/clients", 200, TWO_CLIENTS);
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        reply("GET", APPOINTMENT, 200, UNPAID);
    }

    private Locator cell(String staffId, String time) {
        return page.locator("[data-testid=ts-cell][data-staff='" + staffId + "'][data-time='" + time + "']");
    }

    @Test
    void staffCreateAnAppointmentByClickingAnEmptyCell() {
        page.navigate(DAY);
        audit();

        cell(CYNTHIA, "09:10").click();
        page.waitForURL("**/timesheet/new?**");
        page.getByTestId("new-q").fill("marc");
        // htmx's live search answers in place; a result is a link that chooses the client.
        page.getByTestId("client-choice").first().click();
        PlaywrightAssertions.assertThat(page.getByTestId("new-client-name")).hasText("Francis Marceau");
        page.getByTestId("appointment-petIds-" + MOKA_ID).check();
        page.getByTestId("appointment-serviceId").selectOption(NAIL_TRIM);
        audit();

        reply("POST", "/api/bookings", 201, UNPAID);
        reply("GET", "/api/bookings", 200, page(UNPAID));
        page.getByTestId("appointment-save").click();

        PlaywrightAssertions.assertThat(page.getByTestId("timesheet-created")).hasText("Rendez-vous #4217 créé.");
        PlaywrightAssertions.assertThat(page.getByTestId("ts-appointment")).containsText("Francis Marceau");
        assertThat(sentJson("POST", "/api/bookings").get("start").asString()).isEqualTo("2026-12-03T14:10:00Z");
        assertThat(sentJson("POST", "/api/bookings").get("petNames").get(0).asString())
                .isEqualTo("Moka");
    }

    @Test
    void aSlotTakenMeanwhileOffersFreeSlotsThatFillTheFormInFromTheKeyboard() {
        page.navigate(BASE + "/admin/timesheet/new?branch=" + MONTREAL_BRANCH + "&staff=" + CYNTHIA
                + "&day=2026-12-03&time=09:10&client=" + FRANCIS_ID);
        page.getByTestId("appointment-petIds-" + MOKA_ID).check();
        page.getByTestId("appointment-serviceId").selectOption(NAIL_TRIM);
        reply("POST", "/api/bookings", 409, BookingFixtures.SLOT_TAKEN);
        page.getByTestId("appointment-save").click();

        PlaywrightAssertions.assertThat(page.getByTestId("refused-message")).hasText("Ce créneau vient d'être pris.");
        PlaywrightAssertions.assertThat(page.getByTestId("free-slot")).hasText(new String[] {
            "3 décembre 2026, 9 h 30 · Cynthia Lemay", "3 décembre 2026, 11 h · Julien Béliveau"
        });
        audit();

        page.getByTestId("free-slot").first().focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/timesheet/new?**");
        PlaywrightAssertions.assertThat(page.getByTestId("appointment-time")).hasValue("09:30");
        PlaywrightAssertions.assertThat(page.getByTestId("appointment-petIds-" + MOKA_ID))
                .isChecked();
        PlaywrightAssertions.assertThat(page.getByTestId("appointment-serviceId"))
                .hasValue(NAIL_TRIM);
        audit();
    }

    @Test
    void staffDragAnAppointmentToAnotherStaffMembersCell() {
        TimesheetIT.stubTimesheet(page(UNPAID));
        reply("POST", APPOINTMENT + "/move", 200, appointment("UNPAID", "Non payé", 2));
        page.navigate(DAY);

        // The HTML5 drag events as Chromium sends them for a mouse drag (dragstart on the block,
        // dragover and drop on the cell, sharing one DataTransfer): what timesheet.js listens to.
        JSHandle transfer = page.evaluateHandle("() => new DataTransfer()");
        Locator target = cell(JULIEN, "12:00");
        page.getByTestId("ts-appointment").dispatchEvent("dragstart", Map.of("dataTransfer", transfer));
        target.dispatchEvent("dragenter", Map.of("dataTransfer", transfer));
        target.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        target.dispatchEvent("drop", Map.of("dataTransfer", transfer));

        PlaywrightAssertions.assertThat(page.getByTestId("timesheet-notice"))
                .hasText("Le rendez-vous de Francis Marceau est déplacé.");
        assertThat(sentJson("POST", APPOINTMENT + "/move"))
                .isEqualTo(json(
                        "{\"start\":\"2026-12-03T17:00:00Z\",\"staffId\":\"%s\",\"version\":1}".formatted(JULIEN)));
        audit();
    }

    @Test
    void staffMoveAnAppointmentWithTheKeyboardThenMarkItDoneWithAReportCardAndAPhoto() {
        TimesheetIT.stubTimesheet(page(UNPAID));
        page.navigate(DAY);

        // The block's link, reached with the keyboard, opens the appointment and its "Déplacer" form.
        page.getByTestId("ts-appointment-link").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/timesheet/appointments/" + APPOINTMENT_ID);
        audit();
        page.getByTestId("move-time").fill("10:30");
        reply("POST", APPOINTMENT + "/move", 200, appointment("UNPAID", "Non payé", 2));
        page.getByTestId("move-save").focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("appointment-done")).hasText("Le rendez-vous est déplacé.");
        assertThat(sentJson("POST", APPOINTMENT + "/move").get("start").asString())
                .isEqualTo("2026-12-03T15:30:00Z");

        uploadAnswers.add("""
                {"id":"%s","clientId":"%s","purpose":"REPORT_CARD_PHOTO","name":"moka.jpg","contentType":"image/jpeg",
                 "size":2048,"visibility":"CLIENT_VISIBLE","image":true}""".formatted(PHOTO_ID, FRANCIS_ID));
        page.getByTestId("cards[0]-done").fill("Griffes taillées");
        page.getByTestId("card-0-nails").selectOption("SHORT");
        page.getByTestId("card-0-photos").setInputFiles(new FilePayload("moka.jpg", "image/jpeg", new byte[2048]));
        PlaywrightAssertions.assertThat(page.getByTestId("card-0-photos-status"))
                .hasText("1 photo(s) jointe(s).");
        assertThat(uploads.getFirst())
                .containsSubsequence(
                        "name=\"clientId\"",
                        FRANCIS_ID.toString(),
                        "name=\"purpose\"",
                        "REPORT_CARD_PHOTO",
                        "name=\"file\"");

        reply("POST", APPOINTMENT + "/complete", 200, appointment("COMPLETED", "Terminé", 3));
        String card = BookingFixtures.REPORT_CARDS.strip();
        reply("PUT", APPOINTMENT + "/report-cards/" + MOKA_ID, 200, card.substring(1, card.length() - 1));
        page.getByTestId("complete-save").click();

        PlaywrightAssertions.assertThat(page.getByTestId("appointment-done"))
                .hasText("Le rendez-vous est terminé; les fiches de visite sont enregistrées.");
        assertThat(sentJson("PUT", APPOINTMENT + "/report-cards/" + MOKA_ID)).isEqualTo(json("""
                        {"done":"Griffes taillées","nails":"SHORT","behaviour":null,"notesForNextTime":null,
                         "photoDocumentIds":["%s"],"shared":true}""".formatted(PHOTO_ID)));
    }

    @Test
    void theCatalogueScreensAndTheClientsAppointmentsMeetWcag21AA() {
        CatalogIT.stubCatalog();
        reply("GET", "/api/staff/" + CYNTHIA + "/time-off", 200, BookingFixtures.TIME_OFF);
        reply("GET", "/api/staff/" + CYNTHIA + "/extra-hours", 200, BookingFixtures.EXTRA_HOURS);
        reply("GET", "/api/branches/" + MONTREAL_BRANCH + "/closures", 200, BookingFixtures.CLOSURES);

        for (String screen : new String[] {
            "/catalog/services",
            "/catalog/services/new",
            "/timesheet/staff",
            "/timesheet/staff/" + CYNTHIA,
            "/catalog/branches",
            "/catalog/branches/" + MONTREAL_BRANCH,
            "/timesheet?view=week&day=2026-12-03"
        }) {
            page.navigate(BASE + "/admin" + screen);
            PlaywrightAssertions.assertThat(page.locator("h1")).isVisible();
            audit();
        }

        // An administrator's staff member page: the forms and "Retirer" buttons of time off and extra hours.
        caller = Pages.admin();
        page.navigate(BASE + "/admin/timesheet/staff/" + CYNTHIA);
        PlaywrightAssertions.assertThat(page.getByTestId("form-extra-hours")).isVisible();
        audit();
    }
}
