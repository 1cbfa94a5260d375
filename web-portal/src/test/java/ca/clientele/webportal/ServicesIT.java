package ca.clientele.webportal;

import static ca.clientele.webportal.BookingFixtures.APPOINTMENT;
import static ca.clientele.webportal.BookingFixtures.BISCUIT;
import static ca.clientele.webportal.BookingFixtures.CYNTHIA;
import static ca.clientele.webportal.BookingFixtures.DAY;
import static ca.clientele.webportal.BookingFixtures.PHOTO;
import static ca.clientele.webportal.BookingFixtures.PLATEAU;
import static ca.clientele.webportal.BookingFixtures.SERVICES;
import static ca.clientele.webportal.BookingFixtures.WAITLIST;
import static ca.clientele.webportal.BookingFixtures.appointment;
import static ca.clientele.webportal.BookingFixtures.appointmentPage;
import static ca.clientele.webportal.BookingFixtures.at;
import static ca.clientele.webportal.BookingFixtures.calls;
import static ca.clientele.webportal.BookingFixtures.pastPage;
import static ca.clientele.webportal.BookingFixtures.query;
import static ca.clientele.webportal.BookingFixtures.slots;
import static ca.clientele.webportal.BookingFixtures.upcoming;
import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.NOT_FOUND;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Services & Disponibilités against a stubbed booking-service: the page (service cards, upcoming
 * appointments with Annuler/Déplacer as the policy allows, the waiting list, the seed's
 * "Réservations passées" with its pages, fr-CA and en-CA dates), an appointment's page with the
 * report cards staff shared, cancelling and moving (the exact JSON sent, a slot taken meanwhile,
 * too late, a stale page), and that every list asks for the signed-in client's own id only.
 */
class ServicesIT extends PortalIntegration {

    static final String BOOKINGS = "/api/bookings";

    @BeforeEach
    void signedIn() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
    }

    private void overview(String past) {
        backend.reply("GET", "/api/services", 200, SERVICES);
        backend.reply("GET", BOOKINGS + "/waitlist", 200, WAITLIST);
        // upcoming and past share the path: the stub answers by query.
        backend.replyToQuery(
                "GET",
                BOOKINGS,
                "when",
                "upcoming",
                appointmentPage(
                        0,
                        1,
                        2,
                        upcoming(),
                        appointment(
                                "c0000000-0000-4000-8000-000000000002",
                                "1600",
                                at(DAY.plusDays(1), 10, 0),
                                at(DAY.plusDays(1), 10, 20),
                                "CONFIRMED",
                                "Payé / Confirmé",
                                false)));
        backend.replyToQuery("GET", BOOKINGS, "when", "past", past);
    }

    @Test
    void thePageOffersTheServicesTheUpcomingAppointmentsAndThePastTableAsTheSeedShowsIt() throws Exception {
        overview(pastPage());

        Document page = page(get("/services"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Services & Disponibilités");
        assertThat(testId(page, "nav-services").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("[data-testid=coming-soon]")).isEmpty();

        // (1) The cards: duration, price before taxes, where; each starts its own booking.
        Element nails = testId(page, "service-card");
        assertThat(nails.selectFirst("[data-testid=service-name]").text()).isEqualTo("Taille des griffes");
        assertThat(nails.selectFirst("[data-testid=service-duration]").text()).isEqualTo("20 min par animal");
        assertThat(nails.selectFirst("[data-testid=service-price]").text()).isEqualTo("35,00 $ + taxes par animal");
        assertThat(nails.selectFirst("[data-testid=service-place]").text()).isEqualTo("En succursale");
        assertThat(nails.selectFirst("[data-testid=service-book]").attr("href"))
                .isEqualTo("/services/reserver?serviceId=" + BookingFixtures.NAILS);
        assertThat(nails.selectFirst("[data-testid=service-book]").text()).isEqualTo("Réserver : Taille des griffes");
        assertThat(page.select("[data-testid=service-place]").eachText())
                .containsExactly("En succursale", "À domicile");
        assertThat(page.select("[data-testid=service-price]").eachText())
                .containsExactly("35,00 $ + taxes par animal", "45,00 $ + taxes");

        // (2) Upcoming: Annuler and Déplacer only where the service's policy allows them.
        List<Element> upcoming = page.select("[data-testid=upcoming-appointment]");
        assertThat(upcoming).hasSize(2);
        assertThat(upcoming.getFirst()
                        .selectFirst("[data-testid=appointment-link]")
                        .attr("href"))
                .isEqualTo("/services/rendez-vous/" + APPOINTMENT);
        assertThat(upcoming.getFirst()
                        .selectFirst("[data-testid=appointment-status]")
                        .text())
                .isEqualTo("Non payé");
        assertThat(upcoming.getFirst()
                        .selectFirst("[data-testid=appointment-details]")
                        .text())
                .isEqualTo("Taille des griffes · Cynthia Lemay · Biscuit");
        assertThat(upcoming.getFirst()
                        .selectFirst("[data-testid=appointment-cancel]")
                        .attr("href"))
                .isEqualTo("/services/rendez-vous/" + APPOINTMENT + "/annuler");
        assertThat(upcoming.getFirst()
                        .selectFirst("[data-testid=appointment-move]")
                        .attr("href"))
                .isEqualTo("/services/rendez-vous/" + APPOINTMENT + "/deplacer");
        assertThat(upcoming.get(1).select("[data-testid=appointment-cancel], [data-testid=appointment-move]"))
                .isEmpty();

        // The waiting list, with the service's name.
        assertThat(testId(page, "waitlist-entry").selectFirst("span").text())
                .startsWith("Taille des griffes, du ")
                .endsWith(" : vous êtes 2e sur la liste.");

        // (3) "Réservations passées" exactly as the seed: columns, dates "20 avril 2026, 16 h 30", statuses.
        Element past = testId(page, "past");
        assertThat(past.selectFirst("h2").text()).isEqualTo("Réservations passées");
        assertThat(past.select("th").eachText())
                .containsExactly("ID", "Réservé", "Commande", "Date de début", "Date de fin", "Statut");
        List<Element> rows = past.select("[data-testid=past-row]");
        assertThat(rows.getFirst().select("td").eachText())
                .containsExactly(
                        "1515",
                        "Cynthia Lemay",
                        "1514",
                        "20 avril 2026, 16 h 30",
                        "20 avril 2026, 16 h 50",
                        "Non payé");
        assertThat(rows.get(1).select("td").eachText())
                .containsExactly(
                        "1275",
                        "Cynthia Lemay",
                        "—Aucune commande",
                        "30 mars 2026, 16 h 30",
                        "30 mars 2026, 16 h 50",
                        "Annulé");
        assertThat(rows.get(1).selectFirst("[data-testid=appointment-status]").className())
                .isEqualTo("status booking-status booking-status-cancelled");
        assertThat(testId(past, "past-page").text()).isEqualTo("Page 1 sur 2");
        assertThat(testId(past, "past-next").text()).isEqualTo("Suivant");
        assertThat(testId(past, "past-next").val()).isEqualTo("1");
        assertThat(past.select("[data-testid=past-previous]")).isEmpty();

        // Only ever the signed-in client's own id, with their token.
        assertThat(calls("GET", BOOKINGS))
                .extracting(call -> query(call).get("clientId"))
                .containsOnly(List.of(FRANCIS_ID.toString()));
        assertThat(calls("GET", BOOKINGS))
                .extracting(BookingFixtures::query)
                .containsExactlyInAnyOrder(
                        Map.of(
                                "clientId", List.of(FRANCIS_ID.toString()),
                                "when", List.of("past"),
                                "page", List.of("0"),
                                "size", List.of("10")),
                        Map.of(
                                "clientId", List.of(FRANCIS_ID.toString()),
                                "when", List.of("upcoming"),
                                "page", List.of("0"),
                                "size", List.of("20")));
        assertThat(query(calls("GET", BOOKINGS + "/waitlist").getFirst()))
                .isEqualTo(Map.of("clientId", List.of(FRANCIS_ID.toString())));
        assertThat(backend.received())
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + Pages.CLIENT_TOKEN));
    }

    @Test
    void inEnglishTheTableAndTheDatesAreEnglishCanadian() throws Exception {
        overview(pastPage());

        Document page = page(get("/services").param("lang", "en"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Services & Availability");
        Element past = testId(page, "past");
        assertThat(past.selectFirst("h2").text()).isEqualTo("Past bookings");
        assertThat(past.select("th").eachText())
                .containsExactly("ID", "Booked with", "Order", "Start date", "End date", "Status");
        assertThat(past.selectFirst("[data-testid=past-row]").select("td").eachText())
                .containsSubsequence("April 20, 2026, 4:30 p.m.", "April 20, 2026, 4:50 p.m.");
        assertThat(testId(page, "service-price").text()).isEqualTo("$35.00 + tax per pet");
        assertThat(testId(past, "past-next").text()).isEqualTo("Next");
    }

    @Test
    void withHtmxAnotherPageOfPastBookingsSwapsOnlyTheTableAndABadPageIsTheFirst() throws Exception {
        backend.reply("GET", BOOKINGS, 200, appointmentPage(1, 2, 12, upcoming()));

        Document table = page(get("/services").param("page", "1").header("HX-Request", "true"), HttpStatus.OK);

        assertThat(table.select("[data-testid=past]")).hasSize(1);
        assertThat(table.select("[data-testid=section-title], [data-testid=book]"))
                .isEmpty();
        assertThat(testId(table, "past-previous").val()).isEqualTo("0");
        assertThat(table.select("[data-testid=past-next]")).isEmpty();
        assertThat(query(calls("GET", BOOKINGS).getFirst()).get("page")).containsExactly("1");

        backend.reset();
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", BOOKINGS, 200, appointmentPage(0, 1, 0));
        page(get("/services").param("page", "deux").header("HX-Request", "true"), HttpStatus.OK);
        assertThat(query(calls("GET", BOOKINGS).getFirst()).get("page")).containsExactly("0");
    }

    @Test
    void withNothingBookedEachPartSaysSo() throws Exception {
        backend.reply("GET", "/api/services", 200, "[]");
        backend.reply("GET", BOOKINGS + "/waitlist", 200, "[]");
        backend.reply("GET", BOOKINGS, 200, appointmentPage(0, 0, 0));

        Document page = page(get("/services"), HttpStatus.OK);

        assertThat(testId(page, "services-none").text())
                .isEqualTo("Aucun service n'est offert en ligne pour le moment.");
        assertThat(testId(page, "upcoming-none").text()).isEqualTo("Aucun rendez-vous à venir.");
        assertThat(testId(page, "past-none").text()).isEqualTo("Aucune réservation passée.");
        assertThat(page.select("[data-testid=waitlist], [data-testid=past-pages]"))
                .isEmpty();
    }

    @Test
    void aSuspendedClientSeesTheirAppointmentsAndIsToldWhyTheyCannotBook() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS.replace("\"ACTIVE\"", "\"SUSPENDED\""));
        overview(pastPage());

        Document page = page(get("/services"), HttpStatus.OK);

        assertThat(testId(page, "booking-refused").text()).startsWith("Votre compte est suspendu");
        assertThat(page.select("[data-testid=service-book]")).isEmpty();
        assertThat(page.select("[data-testid=past-row]")).hasSize(2);
    }

    @Test
    void theBookingServiceDownIsTheUnavailablePage() throws Exception {
        backend.reply("GET", BOOKINGS, 503, "{\"detail\":\"down\"}");

        Document page = page(get("/services"), HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(testId(page, "error").attr("data-status")).isEqualTo("503");
    }

    @Test
    void theAppointmentsPageShowsWhatWhenWhereThePriceAndTheSharedReportCardsWithTheirPhotos() throws Exception {
        String cards = """
                "reportCards":[
                  {"petId":"%s","done":"Griffes taillées et limées","nails":"SHORT","behaviour":"Calme, a reçu une gâterie",
                   "notesForNextTime":"Prévoir la muselière","photoDocumentIds":["%s"],"shared":true,"updatedAt":"2026-04-20T21:00:00Z"},
                  {"petId":"%s","done":"Brouillon","nails":"LONG","behaviour":null,"notesForNextTime":null,
                   "photoDocumentIds":[],"shared":false}]""".formatted(BISCUIT, PHOTO, "1d6e4f3b-9a52-4c8f-8e2b-6c3d8f0a1b22");
        backend.reply(
                "GET",
                BOOKINGS + "/" + APPOINTMENT,
                200,
                appointment(
                                APPOINTMENT,
                                "1515",
                                Instant.parse("2026-04-20T20:30:00Z"),
                                Instant.parse("2026-04-20T20:50:00Z"),
                                "COMPLETED",
                                "Terminé",
                                false)
                        .replace("\"reportCards\":[]", cards));

        Document page = page(get("/services/rendez-vous/" + APPOINTMENT).param("notice", "booked"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Rendez-vous 1515");
        assertThat(testId(page, "booking-notice").text()).startsWith("Votre rendez-vous est réservé.");
        assertThat(testId(page, "appointment-when").text()).isEqualTo("20 avril 2026, 16 h 30 – 16 h 50");
        assertThat(testId(page, "appointment-service").text()).isEqualTo("Taille des griffes");
        assertThat(testId(page, "appointment-where").text()).isEqualTo("Plateau-Mont-Royal");
        assertThat(testId(page, "appointment-staff").text()).isEqualTo("Cynthia Lemay");
        assertThat(testId(page, "appointment-pets").text()).isEqualTo("Biscuit");
        assertThat(testId(page, "appointment-status").text()).isEqualTo("Terminé");
        assertThat(testId(page, "appointment-line").select("td").eachText())
                .containsExactly("Taille des griffes — Biscuit", "1", "35,00 $", "35,00 $");
        assertThat(testId(page, "appointment-subtotal").text()).isEqualTo("35,00 $ + taxes");
        assertThat(testId(page, "appointment-order").text()).isEqualTo("Commande 1514");
        assertThat(page.select("[data-testid=appointment-cancel], [data-testid=appointment-move]"))
                .isEmpty();

        // Only the shared card, named by its pet, with its photo from the document-service.
        Element card = testId(page, "report-card");
        assertThat(page.select("[data-testid=report-card]")).hasSize(1);
        assertThat(card.selectFirst("h3").text()).isEqualTo("Biscuit");
        assertThat(testId(card, "report-done").text()).isEqualTo("Griffes taillées et limées");
        assertThat(testId(card, "report-nails").text()).isEqualTo("Courtes");
        assertThat(testId(card, "report-behaviour").text()).isEqualTo("Calme, a reçu une gâterie");
        assertThat(testId(card, "report-next-time").text()).isEqualTo("Prévoir la muselière");
        assertThat(testId(card, "report-photo").attr("src")).isEqualTo("/api/documents/" + PHOTO + "/content");
        assertThat(testId(card, "report-photo").attr("alt")).isEqualTo("Photo 1 de Biscuit");
        assertThat(page.text()).doesNotContain("Brouillon");
    }

    @Test
    void aHomeVisitShowsItsAddressAndInEnglishItsDateTheEnglishCanadianWay() throws Exception {
        backend.reply(
                "GET",
                BOOKINGS + "/" + APPOINTMENT,
                200,
                appointment(
                                APPOINTMENT,
                                "1515",
                                Instant.parse("2026-04-20T20:30:00Z"),
                                Instant.parse("2026-04-20T21:00:00Z"),
                                "CONFIRMED",
                                "Paid / Confirmed",
                                false)
                        .replace("\"place\":\"IN_STORE\"", "\"place\":\"HOME\"")
                        .replace(
                                "\"location\":null",
                                "\"location\":{\"street\":\"1234, rue Fabre\",\"city\":\"Montréal\",\"postalCode\":\"H2J 3K4\","
                                        + "\"latitude\":45.5301,\"longitude\":-73.579}"));

        Document page = page(get("/services/rendez-vous/" + APPOINTMENT).param("lang", "en"), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Appointment 1515");
        assertThat(testId(page, "appointment-when").text()).isEqualTo("April 20, 2026, 4:30 p.m. – 5:00 p.m.");
        assertThat(testId(page, "appointment-where").text()).isEqualTo("At home: 1234, rue Fabre, Montréal");
        assertThat(testId(page, "appointment-status").text()).isEqualTo("Paid / Confirmed");
        assertThat(testId(page, "appointment-status").attr("data-status")).isEqualTo("CONFIRMED");
    }

    @Test
    void anUnknownNoticeIsIgnoredAndAnotherClientsAppointmentIsTheNotFoundPage() throws Exception {
        backend.reply("GET", BOOKINGS + "/" + APPOINTMENT, 200, upcoming());
        Document page = page(get("/services/rendez-vous/" + APPOINTMENT).param("notice", "<b>x</b>"), HttpStatus.OK);
        assertThat(page.select("[data-testid=booking-notice]")).isEmpty();

        backend.reply("GET", BOOKINGS + "/" + APPOINTMENT, 404, NOT_FOUND);
        Document missing = page(get("/services/rendez-vous/" + APPOINTMENT), HttpStatus.NOT_FOUND);
        assertThat(testId(missing, "error").attr("data-status")).isEqualTo("404");
    }

    @Test
    void cancellingSendsTheReasonAndTheVersionSeenAndTheAppointmentSaysItIsCancelled() throws Exception {
        backend.reply("GET", BOOKINGS + "/" + APPOINTMENT, 200, upcoming());
        Document form = page(get("/services/rendez-vous/" + APPOINTMENT + "/annuler"), HttpStatus.OK);
        assertThat(testId(form, "cancel-form")
                        .selectFirst("input[name=version]")
                        .val())
                .isEqualTo("7");
        assertThat(testId(form, "reason")).isNotNull();

        backend.reply("POST", BOOKINGS + "/" + APPOINTMENT + "/cancel", 200, upcoming());
        mvc.perform(post("/services/rendez-vous/" + APPOINTMENT + "/annuler")
                        .param("reason", "  Biscuit est malade  ")
                        .param("version", "7")
                        .with(Pages.client()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/services/rendez-vous/" + APPOINTMENT + "?notice=cancelled"));

        assertSent("POST", BOOKINGS + "/" + APPOINTMENT + "/cancel", """
                {"reason":"Biscuit est malade","version":7}""");
    }

    @Test
    void cancellingTooLateOrFromAStalePageSaysSoAndKeepsTheReason() throws Exception {
        backend.reply("GET", BOOKINGS + "/" + APPOINTMENT, 200, upcoming());
        backend.reply("POST", BOOKINGS + "/" + APPOINTMENT + "/cancel", 403, """
                {"type":"about:blank","title":"Forbidden","status":403,"detail":"Trop tard pour annuler en ligne."}""");

        Document late = page(
                post("/services/rendez-vous/" + APPOINTMENT + "/annuler")
                        .param("reason", "Malade")
                        .param("version", "7"),
                HttpStatus.FORBIDDEN);

        assertThat(testId(late, "booking-refused").text())
                .isEqualTo("Il est trop tard pour annuler ou déplacer ce rendez-vous en ligne. "
                        + "Écrivez-nous dans Mes messages ou appelez-nous.");
        assertThat(testId(late, "reason").text()).isEqualTo("Malade");

        backend.reply("POST", BOOKINGS + "/" + APPOINTMENT + "/cancel", 409, """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"Modifié entre-temps"}""");
        Document stale = page(
                post("/services/rendez-vous/" + APPOINTMENT + "/annuler")
                        .param("reason", "Malade")
                        .param("version", "6"),
                HttpStatus.CONFLICT);
        assertThat(testId(stale, "conflict-message").text()).startsWith("Ces informations ont été modifiées ailleurs");
        // The next try sends the version shown now.
        assertThat(testId(stale, "cancel-form")
                        .selectFirst("input[name=version]")
                        .val())
                .isEqualTo("7");
    }

    @Test
    void anAppointmentTheClientMayNoLongerChangeHasNoCancelForm() throws Exception {
        backend.reply(
                "GET",
                BOOKINGS + "/" + APPOINTMENT,
                200,
                upcoming().replace("\"canCancel\":true", "\"canCancel\":false"));

        Document page = page(get("/services/rendez-vous/" + APPOINTMENT + "/annuler"), HttpStatus.OK);

        assertThat(page.select("[data-testid=cancel-form]")).isEmpty();
        assertThat(testId(page, "booking-refused").text()).startsWith("Il est trop tard");
    }

    @Test
    void movingOffersAWeekOfFreeSlotsFromTheAppointmentsDayAndSendsTheChosenOne() throws Exception {
        backend.reply("GET", BOOKINGS + "/" + APPOINTMENT, 200, upcoming());
        backend.reply("GET", "/api/slots", 200, slots(DAY.plusDays(2)));

        Document page = page(get("/services/rendez-vous/" + APPOINTMENT + "/deplacer"), HttpStatus.OK);

        assertThat(query(calls("GET", "/api/slots").getFirst()))
                .containsEntry("serviceId", List.of(BookingFixtures.NAILS))
                .containsEntry("branchId", List.of(PLATEAU))
                .containsEntry("from", List.of(DAY.toString()))
                .containsEntry("to", List.of(DAY.plusDays(6).toString()))
                .containsEntry("pets", List.of("1"))
                .doesNotContainKeys("latitude", "longitude", "postalCode");
        assertThat(page.select("[data-testid=slot-day]")).hasSize(7);
        Elements buttons = page.select("button[data-testid=slot]");
        assertThat(buttons.eachText())
                .containsExactly("16 h 30 – 16 h 50 · Cynthia Lemay", "17 h – 17 h 20 · Julien Béliveau");
        Element form = buttons.getFirst().parent();
        assertThat(form.attr("action")).isEqualTo("/services/rendez-vous/" + APPOINTMENT + "/deplacer");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("7");

        backend.reply("POST", BOOKINGS + "/" + APPOINTMENT + "/move", 200, upcoming());
        mvc.perform(post("/services/rendez-vous/" + APPOINTMENT + "/deplacer")
                        .param("start", at(DAY.plusDays(2), 16, 30).toString())
                        .param("staffId", CYNTHIA)
                        .param("version", "7")
                        .with(Pages.client()))
                .andExpect(redirectedUrl("/services/rendez-vous/" + APPOINTMENT + "?notice=moved"));
        assertSent("POST", BOOKINGS + "/" + APPOINTMENT + "/move", """
                {"start":"%s","staffId":"%s","version":7}""".formatted(at(DAY.plusDays(2), 16, 30), CYNTHIA));
    }

    @Test
    void movingFromAnotherDayOrAnUnreadableOneAsksTheServiceForThatWeekOrTheAppointmentsOwn() throws Exception {
        backend.reply("GET", BOOKINGS + "/" + APPOINTMENT, 200, upcoming());
        backend.reply("GET", "/api/slots", 200, "[]");

        Document next = page(
                get("/services/rendez-vous/" + APPOINTMENT + "/deplacer")
                        .param("day", DAY.plusDays(3).toString())
                        .param("week", "next"),
                HttpStatus.OK);
        page(get("/services/rendez-vous/" + APPOINTMENT + "/deplacer").param("day", "demain"), HttpStatus.OK);

        assertThat(calls("GET", "/api/slots"))
                .extracting(call -> query(call).get("from").getFirst())
                .containsExactly(DAY.plusDays(10).toString(), DAY.toString());
        assertThat(testId(next, "slots-count").text()).startsWith("Aucun créneau libre cette semaine");
        assertThat(testId(next, "day").val()).isEqualTo(DAY.plusDays(10).toString());
    }

    @Test
    void aSlotTakenWhileMovingSaysSoWithThatDaysFreshSlots() throws Exception {
        backend.reply("GET", BOOKINGS + "/" + APPOINTMENT, 200, upcoming());
        backend.reply("GET", "/api/slots", 200, slots(DAY.plusDays(3)));
        backend.reply("POST", BOOKINGS + "/" + APPOINTMENT + "/move", 409, """
                {"type":"https://clientele.ca/problems/slot-taken","title":"Conflict","status":409,
                 "detail":"Ce créneau vient d'être pris.","freeSlots":[]}""");

        Document page = page(
                post("/services/rendez-vous/" + APPOINTMENT + "/deplacer")
                        .param("start", at(DAY.plusDays(3), 9, 0).toString())
                        .param("staffId", CYNTHIA)
                        .param("version", "7"),
                HttpStatus.CONFLICT);

        assertThat(testId(page, "slot-taken").text())
                .isEqualTo("Ce créneau vient d'être pris. Choisissez-en un autre ci-dessous.");
        assertThat(query(calls("GET", "/api/slots").getFirst()).get("from"))
                .containsExactly(DAY.plusDays(3).toString());
        assertThat(page.select("button[data-testid=slot]")).hasSize(2);
    }

    @Test
    void leavingTheWaitingListAsksTheServiceToDeleteTheEntry() throws Exception {
        backend.reply("DELETE", BOOKINGS + "/waitlist/e0000000-0000-4000-8000-000000000001", 204, "");

        mvc.perform(post("/services/liste-attente/e0000000-0000-4000-8000-000000000001/retirer")
                        .with(Pages.client()))
                .andExpect(redirectedUrl("/services?notice=waitlist-left#liste-attente"));

        assertThat(calls("DELETE", BOOKINGS + "/waitlist/e0000000-0000-4000-8000-000000000001"))
                .hasSize(1);
    }
}
