package ca.clientele.webportal;

import static ca.clientele.webportal.BookingFixtures.APPOINTMENT;
import static ca.clientele.webportal.BookingFixtures.BISCUIT;
import static ca.clientele.webportal.BookingFixtures.BRANCHES;
import static ca.clientele.webportal.BookingFixtures.DAY;
import static ca.clientele.webportal.BookingFixtures.NAILS;
import static ca.clientele.webportal.BookingFixtures.PETS;
import static ca.clientele.webportal.BookingFixtures.SERVICES;
import static ca.clientele.webportal.BookingFixtures.START;
import static ca.clientele.webportal.BookingFixtures.WAITLIST;
import static ca.clientele.webportal.BookingFixtures.appointmentPage;
import static ca.clientele.webportal.BookingFixtures.at;
import static ca.clientele.webportal.BookingFixtures.pastPage;
import static ca.clientele.webportal.BookingFixtures.slots;
import static ca.clientele.webportal.BookingFixtures.upcoming;
import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booking in Chromium with the keyboard only ({@link BrowserIntegration}): Tab to each control,
 * Enter or Space to use it, from "Services & Disponibilités" to the appointment "Non payé", through
 * htmx's slot search and a slot another client took meanwhile; and a WCAG 2.1 AA audit of every
 * page on the way.
 */
class BookingBrowserIT extends BrowserIntegration {

    @BeforeEach
    void signedIn() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        backend.reply("GET", "/api/services", 200, SERVICES);
        backend.reply("GET", "/api/services/" + NAILS, 200, BookingIT.service(NAILS));
        backend.reply("GET", "/api/branches", 200, BRANCHES);
        backend.reply("GET", "/api/bookings/waitlist", 200, WAITLIST);
        backend.replyToQuery("GET", "/api/bookings", "when", "upcoming", appointmentPage(0, 1, 1, upcoming()));
        backend.replyToQuery("GET", "/api/bookings", "when", "past", pastPage());
        backend.reply("GET", "/api/slots", 200, slots(DAY));
    }

    @Test
    void aClientBooksANailTrimWithTheKeyboardOnlyAndLandsOnTheAppointmentUnpaid() {
        page.navigate(BASE + "/services");
        audit();

        tabTo("service-book");
        page.keyboard().press("Enter");
        page.waitForURL(BASE + "/services/reserver?serviceId=" + NAILS);

        // The pet: Space ticks the box; Enter on "Voir les créneaux" brings the week (htmx).
        tabTo("pet-Biscuit");
        page.keyboard().press("Space");
        PlaywrightAssertions.assertThat(page.getByTestId("pet-Biscuit")).isChecked();
        tabTo("slot-search-submit");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("slots-count")).hasText("2 créneaux libres cette semaine");
        assertThat(page.url()).contains("/services/reserver/creneaux?").contains("petIds=" + BISCUIT);
        audit();

        // Another client takes the first slot before this one confirms it.
        tabTo("slot");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/services/reserver/confirmer"));
        PlaywrightAssertions.assertThat(page.getByTestId("summary-staff")).hasText("Cynthia Lemay");
        audit();
        backend.reply("POST", "/api/bookings", 409, """
                {"type":"https://clientele.ca/problems/slot-taken","title":"Conflict","status":409,
                 "detail":"Ce créneau vient d'être pris."}""");
        backend.reply(
                "GET",
                "/api/slots",
                200,
                slots(DAY).replace(START.toString(), at(DAY, 15, 0).toString()));
        tabTo("notes");
        page.keyboard().type("Sonner deux fois");
        tabTo("confirm-submit");
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.getByTestId("slot-taken"))
                .hasText("Ce créneau vient d'être pris. Choisissez-en un autre ci-dessous.");
        audit();

        // A fresh slot, then the booking goes through.
        backend.reply("POST", "/api/bookings", 201, upcoming());
        backend.reply("GET", "/api/bookings/" + APPOINTMENT, 200, upcoming());
        tabTo("slot");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("start=" + at(DAY, 15, 0)));
        tabTo("confirm-submit");
        page.keyboard().press("Enter");
        page.waitForURL(BASE + "/services/rendez-vous/" + APPOINTMENT + "?notice=booked");

        PlaywrightAssertions.assertThat(page.getByTestId("appointment-status")).hasText("Non payé");
        PlaywrightAssertions.assertThat(page.getByTestId("booking-notice"))
                .containsText("Votre rendez-vous est réservé.");
        assertThat(Pages.sent("POST", "/api/bookings").get("start").asString())
                .isEqualTo(at(DAY, 15, 0).toString());
        audit();
    }

    @Test
    void theClientCancelsMovesAndJoinsTheWaitingListWithTheKeyboardOnAccessiblePages() {
        backend.reply("GET", "/api/bookings/" + APPOINTMENT, 200, upcoming());
        page.navigate(BASE + "/services");

        // Annuler: the reason, then the confirmation; the appointment's page says it is cancelled.
        tabTo("appointment-cancel");
        page.keyboard().press("Enter");
        page.waitForURL(BASE + "/services/rendez-vous/" + APPOINTMENT + "/annuler");
        audit();
        backend.reply("POST", "/api/bookings/" + APPOINTMENT + "/cancel", 200, upcoming());
        tabTo("reason");
        page.keyboard().type("Biscuit est malade");
        tabTo("cancel-submit");
        page.keyboard().press("Enter");
        page.waitForURL(BASE + "/services/rendez-vous/" + APPOINTMENT + "?notice=cancelled");
        PlaywrightAssertions.assertThat(page.getByTestId("booking-notice")).hasText("Votre rendez-vous est annulé.");
        assertThat(Pages.sent("POST", "/api/bookings/" + APPOINTMENT + "/cancel")
                        .get("reason")
                        .asString())
                .isEqualTo("Biscuit est malade");

        // Déplacer: a week of slots, one button each.
        page.navigate(BASE + "/services/rendez-vous/" + APPOINTMENT + "/deplacer");
        PlaywrightAssertions.assertThat(page.getByTestId("slots-count")).hasText("2 créneaux libres cette semaine");
        audit();
        backend.reply("POST", "/api/bookings/" + APPOINTMENT + "/move", 200, upcoming());
        tabTo("slot");
        page.keyboard().press("Enter");
        page.waitForURL(BASE + "/services/rendez-vous/" + APPOINTMENT + "?notice=moved");
        PlaywrightAssertions.assertThat(page.getByTestId("booking-notice")).hasText("Votre rendez-vous est déplacé.");

        // "M'aviser si un créneau plus tôt se libère": the form answers itself (htmx) with the place.
        backend.reply("POST", "/api/bookings/waitlist", 201, """
                {"id":"e0000000-0000-4000-8000-000000000009","clientId":"%s","serviceId":"%s","branchId":"%s",
                 "petIds":["%s"],"earliest":"%s","latest":"%s","status":"WAITING","position":3}""".formatted(
                        FRANCIS_ID, NAILS, BookingFixtures.PLATEAU, BISCUIT, DAY, DAY.plusDays(6)));
        page.navigate(BASE + "/services/reserver/creneaux?serviceId=" + NAILS + "&branchId=" + BookingFixtures.PLATEAU
                + "&petIds=" + BISCUIT + "&day=" + DAY);
        tabTo("waitlist-submit");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("waitlist-joined"))
                .hasText(
                        "C'est noté : vous êtes 3e sur la liste d'attente. Nous vous écrirons si un créneau se libère.");
        audit();
    }

    @Test
    void theWeekButtonsKeepTheFocusWhereTheKeyboardWas() {
        page.navigate(BASE + "/services/reserver/creneaux?serviceId=" + NAILS + "&branchId=" + BookingFixtures.PLATEAU
                + "&petIds=" + BISCUIT + "&day=" + DAY);

        tabTo("week-next");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("day"))
                .hasValue(DAY.plusDays(7).toString());
        // htmx put the new part in place and gave the focus back to the same button.
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("week-next");
    }

    /** Tab (at most 80 times) until the element with this data-testid has the focus. */
    private void tabTo(String testId) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (testId.equals(
                    page.evaluate("document.activeElement && document.activeElement.getAttribute('data-testid')"))) {
                return;
            }
        }
        throw new AssertionError("the keyboard never reached " + testId + " on " + page.url());
    }
}
