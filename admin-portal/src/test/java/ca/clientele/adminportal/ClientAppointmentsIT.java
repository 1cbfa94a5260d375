package ca.clientele.adminportal;

import static ca.clientele.adminportal.BookingFixtures.APPOINTMENT_ID;
import static ca.clientele.adminportal.BookingFixtures.CYNTHIA;
import static ca.clientele.adminportal.BookingFixtures.PHOTO_ID;
import static ca.clientele.adminportal.BookingFixtures.REPORT_CARDS;
import static ca.clientele.adminportal.BookingFixtures.appointment;
import static ca.clientele.adminportal.BookingFixtures.page;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MONTREAL_BRANCH;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Section 4 of the client page: the client's appointments read-only, each a link into the timesheet, and the report cards. */
class ClientAppointmentsIT extends PortalIT {

    private static void bookings(String when, String json) {
        services.stubFor(request("GET", urlPathEqualTo("/api/bookings"))
                .withQueryParam("when", equalTo(when))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }

    @Test
    void sectionFourListsUpcomingAndPastAppointmentsAndThePetsReportCards() throws Exception {
        ClientPageIT.stubPage();
        bookings("upcoming", page(appointment("UNPAID", "Non payé", 1)));
        bookings("past", page(appointment("COMPLETED", "Terminé", 3).replace("2026-12-03", "2026-11-12")));
        reply("GET", "/api/bookings/report-cards", 200, REPORT_CARDS);

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        Element section = testId(page, "section-appointments");
        Element upcoming = testId(testId(section, "appointments-upcoming"), "appointment-row");
        assertThat(upcoming.attr("data-appointment-id")).isEqualTo(APPOINTMENT_ID);
        assertThat(upcoming.text())
                .isEqualTo("#4217 3 décembre 2026, 9 h 10 – 9 h 30 Taille des griffes Moka Cynthia Lemay Non payé");
        // Read-only here: the number opens the timesheet at that day, where it is edited.
        assertThat(testId(upcoming, "appointment-timesheet").attr("href"))
                .isEqualTo("/admin/timesheet?view=day&day=2026-12-03&branch=" + MONTREAL_BRANCH + "&staff=" + CYNTHIA);
        assertThat(section.select("form")).isEmpty();
        assertThat(testId(testId(section, "appointments-past"), "appointment-row")
                        .text())
                .contains("12 novembre 2026", "Terminé");

        Element card = testId(section, "report-card-entry");
        assertThat(testId(card, "report-card-pet").text()).isEqualTo("Moka");
        assertThat(testId(card, "report-card-date").text()).isEqualTo("3 décembre 2026");
        assertThat(card.text()).contains("Griffes taillées et limées", "Courtes", "Calme", "Prévoir une friandise");
        assertThat(card.selectFirst("img").attr("src")).isEqualTo("/api/documents/" + PHOTO_ID + "/thumbnail");
        assertThat(card.selectFirst("img").attr("alt")).isEqualTo("Photo de Moka");
        assertThat(query(sent("GET", "/api/bookings/report-cards"))).isEqualTo("clientId=" + FRANCIS_ID);
    }

    @Test
    void whenBookingServiceIsDownTheRestOfTheClientPageStillWorks() throws Exception {
        ClientPageIT.stubPage();
        reply("GET", "/api/bookings", 503, "{\"status\":503}");
        reply("GET", "/api/bookings/report-cards", 503, "{\"status\":503}");

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "appointments-upcoming-unavailable").text())
                .isEqualTo("Les rendez-vous sont indisponibles pour le moment.");
        assertThat(testId(page, "report-cards-unavailable")).isNotNull();
        assertThat(testId(page, "form-profile")).isNotNull();
    }

    @Test
    void aClientWithoutAppointmentsSaysSo() throws Exception {
        ClientPageIT.stubPage();
        reply("GET", "/api/bookings", 200, page());
        reply("GET", "/api/bookings/report-cards", 200, "[]");

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "appointments-upcoming-none").text()).isEqualTo("Aucun rendez-vous à venir.");
        assertThat(testId(page, "appointments-past-none").text()).isEqualTo("Aucun rendez-vous passé.");
        assertThat(testId(page, "report-cards-none").text()).isEqualTo("Aucune fiche de visite.");
    }
}
