package ca.clientele.webportal;

import static ca.clientele.webportal.BookingFixtures.APPOINTMENT;
import static ca.clientele.webportal.BookingFixtures.BISCUIT;
import static ca.clientele.webportal.BookingFixtures.BRANCHES;
import static ca.clientele.webportal.BookingFixtures.CYNTHIA;
import static ca.clientele.webportal.BookingFixtures.DAY;
import static ca.clientele.webportal.BookingFixtures.END;
import static ca.clientele.webportal.BookingFixtures.FRANCIS_AT_HOME;
import static ca.clientele.webportal.BookingFixtures.HOME_VISITS;
import static ca.clientele.webportal.BookingFixtures.MINOU;
import static ca.clientele.webportal.BookingFixtures.NAILS;
import static ca.clientele.webportal.BookingFixtures.PETS;
import static ca.clientele.webportal.BookingFixtures.PLATEAU;
import static ca.clientele.webportal.BookingFixtures.SERVICES;
import static ca.clientele.webportal.BookingFixtures.START;
import static ca.clientele.webportal.BookingFixtures.TODAY;
import static ca.clientele.webportal.BookingFixtures.at;
import static ca.clientele.webportal.BookingFixtures.calls;
import static ca.clientele.webportal.BookingFixtures.query;
import static ca.clientele.webportal.BookingFixtures.slots;
import static ca.clientele.webportal.BookingFixtures.upcoming;
import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.assertSent;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import ca.clientele.platform.portal.DisplayFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Réserver" against a stubbed booking-service: the steps (branch or home address, pets, the day,
 * a week of free slots), the confirm page (slot checked again, summary, price), the exact JSON of
 * a booking and a recurrence, and every refusal shown readably: a slot just taken (409, with the
 * day's fresh slots), the service's own problem (a missing vaccination), a suspended account
 * (403), the service down (503), and the waiting list.
 */
class BookingIT extends PortalIntegration {

    static final String BOOKINGS = "/api/bookings";
    static final DisplayFormat FRENCH = DisplayFormat.of(Locale.CANADA_FRENCH);

    @BeforeEach
    void signedIn() {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        backend.reply("GET", "/api/services/" + NAILS, 200, service(NAILS));
        backend.reply("GET", "/api/services/" + HOME_VISITS, 200, service(HOME_VISITS));
        backend.reply("GET", "/api/branches", 200, BRANCHES);
    }

    /** One service of the list, as GET /api/services/{id} answers it. */
    static String service(String id) {
        String list = SERVICES.strip();
        String nails = list.substring(1, list.indexOf("},") + 1);
        String home = list.substring(list.indexOf("},") + 2, list.length() - 1);
        return id.equals(NAILS) ? nails : home;
    }

    static MockHttpServletRequestBuilder search(String day, String... pets) {
        return get("/services/reserver/creneaux")
                .param("serviceId", NAILS)
                .param("branchId", PLATEAU)
                .param("petIds", pets)
                .param("day", day);
    }

    @Test
    void theFirstStepOffersTheServicesBranchesAndTheClientsPetsFromToday() throws Exception {
        Document page = page(get("/services/reserver").param("serviceId", NAILS), HttpStatus.OK);

        assertThat(testId(page, "section-title").text()).isEqualTo("Réserver : Taille des griffes");
        assertThat(testId(page, "service-facts").text())
                .isEqualTo("20 min · 35,00 $ + taxes par animal · En succursale");
        // The branches that give the service only; the client's pets, none ticked (two to choose from).
        assertThat(testId(page, "branchId").select("option").eachAttr("value")).containsExactly(PLATEAU);
        assertThat(testId(page, "branchId").selectFirst("option").text())
                .isEqualTo("Plateau-Mont-Royal — 4500, rue Saint-Denis, Montréal");
        assertThat(page.select("[data-testid=pets] label").eachText()).containsExactly("Biscuit", "Minou");
        assertThat(page.select("[data-testid=pets] input[checked]")).isEmpty();
        assertThat(testId(page, "day").val()).isEqualTo(TODAY.toString());
        assertThat(page.select("[data-testid=slots]")).isEmpty();
        assertThat(calls("GET", "/api/slots")).isEmpty();
    }

    @Test
    void theWeeksFreeSlotsAreButtonsLeadingToTheConfirmPage() throws Exception {
        backend.reply("GET", "/api/slots", 200, slots(DAY));

        Document page = page(search(DAY.toString(), BISCUIT, MINOU), HttpStatus.OK);

        assertThat(query(calls("GET", "/api/slots").getFirst()))
                .containsEntry("serviceId", List.of(NAILS))
                .containsEntry("branchId", List.of(PLATEAU))
                .containsEntry("from", List.of(DAY.toString()))
                .containsEntry("to", List.of(DAY.plusDays(6).toString()))
                .containsEntry("pets", List.of("2"))
                .doesNotContainKeys("latitude", "longitude", "postalCode");
        // Seven days, each named; a day without slots says so.
        List<Element> days = page.select("[data-testid=slot-day]");
        assertThat(days).hasSize(7);
        assertThat(days.getFirst().selectFirst("h3").text()).isEqualTo(FRENCH.day(DAY));
        assertThat(days.get(1).text()).endsWith("Aucun créneau libre.");
        assertThat(testId(page, "slots-count").text()).isEqualTo("2 créneaux libres cette semaine");
        Element slot = testId(page, "slot");
        assertThat(slot.text()).isEqualTo("16 h 30 – 16 h 50 · Cynthia Lemay");
        assertThat(slot.attr("href"))
                .isEqualTo("/services/reserver/confirmer?serviceId=" + NAILS + "&branchId=" + PLATEAU + "&petIds="
                        + BISCUIT + "&petIds=" + MINOU + "&start=" + START + "&staffId=" + CYNTHIA);
        assertThat(page.select("[data-testid=pets] input[checked]").eachAttr("value"))
                .containsExactly(BISCUIT, MINOU);
        // Tomorrow is not today: one may go back a week (to today, no earlier).
        assertThat(testId(page, "week-previous")).isNotNull();
        // And the waiting list, from today to the week's last day.
        Element waitlist = testId(page, "waitlist-form");
        assertThat(waitlist.selectFirst("input[name=earliest]").val()).isEqualTo(TODAY.toString());
        assertThat(waitlist.selectFirst("input[name=latest]").val())
                .isEqualTo(DAY.plusDays(6).toString());
        assertThat(waitlist.select("input[name=petIds]").eachAttr("value")).containsExactly(BISCUIT, MINOU);
        // A plain post (no JavaScript) carries the gateway's CSRF token too.
        assertThat(waitlist.select("input[name=_csrf]")).hasSize(1);
    }

    @Test
    void theWeekButtonsMoveAWeekButNeverBeforeTodayAndHtmxGetsOnlyTheSearch() throws Exception {
        backend.reply("GET", "/api/slots", 200, "[]");

        Document next =
                page(search(DAY.toString(), BISCUIT).param("week", "next").header("HX-Request", "true"), HttpStatus.OK);
        assertThat(next.select("[data-testid=booking-search]")).hasSize(1);
        assertThat(next.select("[data-testid=section-title]")).isEmpty();
        assertThat(testId(next, "day").val()).isEqualTo(DAY.plusDays(7).toString());
        assertThat(testId(next, "slots-count").text()).startsWith("Aucun créneau libre cette semaine");

        Document back = page(search(DAY.toString(), BISCUIT).param("week", "previous"), HttpStatus.OK);
        assertThat(testId(back, "day").val()).isEqualTo(TODAY.toString());
        assertThat(back.select("[data-testid=week-previous]")).isEmpty();
        Document past = page(search("2020-01-01", BISCUIT), HttpStatus.OK);
        assertThat(testId(past, "day").val()).isEqualTo(TODAY.toString());

        assertThat(calls("GET", "/api/slots"))
                .extracting(call -> query(call).get("from").getFirst())
                .containsExactly(DAY.plusDays(7).toString(), TODAY.toString(), TODAY.toString());
    }

    @Test
    void withoutAPetOrWithAnotherClientsPetNothingIsSearchedAndTheFormSaysWhy() throws Exception {
        Document none = page(search(DAY.toString()), HttpStatus.BAD_REQUEST);
        assertThat(testId(none, "pets").selectFirst("[data-testid=field-error]").text())
                .isEqualTo("Ce champ est obligatoire.");
        assertThat(testId(none, "pets").attr("aria-describedby")).isEqualTo("petIds-error");

        Document stranger =
                page(search(DAY.toString(), "99999999-0000-4000-8000-000000000000"), HttpStatus.BAD_REQUEST);
        assertThat(testId(stranger, "pets")
                        .selectFirst("[data-testid=field-error]")
                        .text())
                .isEqualTo("Choisissez parmi vos animaux.");

        Document badDay = page(search("demain", BISCUIT), HttpStatus.BAD_REQUEST);
        assertThat(badDay.selectFirst("#day-error").text()).isEqualTo("Entrez une date, par exemple 2020-05-31.");

        assertThat(calls("GET", "/api/slots")).isEmpty();
    }

    @Test
    void aHomeVisitGoesToTheClientsAddressWithItsCoordinates() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS_AT_HOME);
        backend.reply("GET", "/api/slots", 200, slots(DAY));

        Document page = page(
                get("/services/reserver/creneaux")
                        .param("serviceId", HOME_VISITS)
                        .param("branchId", PLATEAU)
                        .param("petIds", BISCUIT)
                        .param("day", DAY.toString()),
                HttpStatus.OK);

        assertThat(testId(page, "visit-address-text").text()).isEqualTo("1234, rue Fabre, app. 2, Montréal H2J 3K4");
        assertThat(page.select("[data-testid=branchId]")).isEmpty();
        assertThat(query(calls("GET", "/api/slots").getFirst()))
                .containsEntry("latitude", List.of("45.5301"))
                .containsEntry("longitude", List.of("-73.5790"))
                .containsEntry("postalCode", List.of("H2J 3K4"));
    }

    @Test
    void aHomeVisitWithoutAnAddressAsksForItFirst() throws Exception {
        Document first = page(get("/services/reserver").param("serviceId", HOME_VISITS), HttpStatus.OK);
        assertThat(testId(first, "visit-address-missing").selectFirst("a").attr("href"))
                .isEqualTo("/adresses");
        assertThat(testId(first, "slot-search-submit").hasAttr("disabled")).isTrue();

        page(
                get("/services/reserver/creneaux")
                        .param("serviceId", HOME_VISITS)
                        .param("branchId", PLATEAU)
                        .param("petIds", BISCUIT),
                HttpStatus.OK);
        assertThat(calls("GET", "/api/slots")).isEmpty();
    }

    static MockHttpServletRequestBuilder confirm() {
        return get("/services/reserver/confirmer")
                .param("serviceId", NAILS)
                .param("branchId", PLATEAU)
                .param("petIds", BISCUIT, MINOU)
                .param("start", START.toString())
                .param("staffId", CYNTHIA);
    }

    @Test
    void theConfirmPageChecksTheSlotAgainAndSumsUpWhatWillBeBooked() throws Exception {
        backend.reply("GET", "/api/slots", 200, slots(DAY));

        Document page = page(confirm(), HttpStatus.OK);

        assertThat(query(calls("GET", "/api/slots").getFirst()))
                .containsEntry("from", List.of(DAY.toString()))
                .containsEntry("to", List.of(DAY.toString()));
        assertThat(testId(page, "summary-service").text()).isEqualTo("Taille des griffes");
        assertThat(testId(page, "summary-when").text()).isEqualTo(FRENCH.day(DAY) + ", 16 h 30 – 16 h 50");
        assertThat(testId(page, "summary-staff").text()).isEqualTo("Cynthia Lemay");
        assertThat(testId(page, "summary-where").text())
                .isEqualTo("Plateau-Mont-Royal — 4500, rue Saint-Denis, Montréal");
        assertThat(testId(page, "summary-pets").text()).isEqualTo("Biscuit, Minou");
        // Per pet: two pets, twice the price, before taxes.
        assertThat(testId(page, "summary-price").text()).isEqualTo("70,00 $ + taxes");
        assertThat(testId(page, "summary-unpaid").text()).contains("« Non payé »");
        Element form = testId(page, "confirm-form");
        assertThat(form.selectFirst("input[name=end]").val()).isEqualTo(END.toString());
        assertThat(form.selectFirst("input[name=staffName]").val()).isEqualTo("Cynthia Lemay");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.select("[data-testid=slot-taken]")).isEmpty();
        assertThat(testId(page, "other-slot").attr("href")).contains("day=" + DAY);
    }

    @Test
    void aHomeVisitIsPricedOncePerVisitAtTheClientsAddress() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS_AT_HOME);
        backend.reply("GET", "/api/slots", 200, slots(DAY));

        Document page = page(
                get("/services/reserver/confirmer")
                        .param("serviceId", HOME_VISITS)
                        .param("branchId", PLATEAU)
                        .param("petIds", BISCUIT, MINOU)
                        .param("start", START.toString())
                        .param("staffId", CYNTHIA),
                HttpStatus.OK);

        assertThat(testId(page, "summary-where").text()).isEqualTo("À domicile : 1234, rue Fabre, app. 2, Montréal");
        assertThat(testId(page, "summary-price").text()).isEqualTo("45,00 $ + taxes");
        assertThat(query(calls("GET", "/api/slots").getFirst()))
                .containsEntry("latitude", List.of("45.5301"))
                .containsEntry("postalCode", List.of("H2J 3K4"));
    }

    @Test
    void aSlotGoneBeforeTheConfirmPageIsSaidAtOnceWithTheDaysFreeSlots() throws Exception {
        backend.reply(
                "GET",
                "/api/slots",
                200,
                slots(DAY).replace(START.toString(), at(DAY, 15, 0).toString()));

        Document page = page(confirm(), HttpStatus.OK);

        assertThat(testId(page, "slot-taken").text())
                .isEqualTo("Ce créneau vient d'être pris. Choisissez-en un autre ci-dessous.");
        assertThat(page.select("[data-testid=confirm-form]")).isEmpty();
        assertThat(testId(page, "fresh-slots").select("[data-testid=slot]").eachText())
                .containsExactly("15 h – 15 h 20 · Cynthia Lemay", "17 h – 17 h 20 · Julien Béliveau");
    }

    static MockHttpServletRequestBuilder book() {
        return book(NAILS, "  Code de la porte : 1234  ");
    }

    /** The confirm page's post as the browser sends it (the recurrence's box unticked). */
    static MockHttpServletRequestBuilder book(String serviceId, String notes) {
        return post("/services/reserver")
                .param("serviceId", serviceId)
                .param("branchId", PLATEAU)
                .param("staffId", CYNTHIA)
                .param("start", START.toString())
                .param("end", END.toString())
                .param("staffName", "Cynthia Lemay")
                .param("petIds", BISCUIT, MINOU)
                .param("notes", notes)
                .param("_repeat", "on");
    }

    @Test
    void confirmingSendsExactlyTheBookingAndShowsTheAppointmentUnpaid() throws Exception {
        backend.reply("POST", BOOKINGS, 201, upcoming());

        mvc.perform(book().with(Pages.client()))
                .andExpect(redirectedUrl("/services/rendez-vous/" + APPOINTMENT + "?notice=booked"));

        assertSent("POST", BOOKINGS, """
                {"clientId":"%s","serviceId":"%s","branchId":"%s","staffId":"%s","start":"%s",
                 "petIds":["%s","%s"],"petNames":["Biscuit","Minou"],"location":null,
                 "notes":"Code de la porte : 1234","recurrence":null}
                """.formatted(FRANCIS_ID, NAILS, PLATEAU, CYNTHIA, START, BISCUIT, MINOU));
    }

    @Test
    void aHomeVisitSendsTheClientsAddressAndCoordinates() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS_AT_HOME);
        backend.reply("POST", BOOKINGS, 201, upcoming());

        mvc.perform(book(HOME_VISITS, null).with(Pages.client()))
                .andExpect(redirectedUrl("/services/rendez-vous/" + APPOINTMENT + "?notice=booked"));

        assertThat(Pages.sent("POST", BOOKINGS).get("location")).isEqualTo(Pages.json("""
                        {"street":"1234, rue Fabre, app. 2","city":"Montréal","postalCode":"H2J 3K4",
                         "latitude":45.5301,"longitude":-73.5790}"""));
    }

    @Test
    void aRecurrenceIsBookedAsASeriesAndItsConflictsAreListedNotSkipped() throws Exception {
        String series = """
                {"seriesId":"f0000000-0000-4000-8000-000000000001","booked":[%s],
                 "conflicts":[{"start":"%s","reason":"CLOSED","message":"La succursale est fermée ce jour-là."}]}
                """.formatted(upcoming(), at(DAY.plusWeeks(4), 16, 30));
        backend.reply("POST", BOOKINGS, 201, series);

        Document page =
                page(book().param("repeat", "true").param("everyWeeks", "2").param("count", "2"), HttpStatus.CREATED);

        assertThat(Pages.sent("POST", BOOKINGS).get("recurrence"))
                .isEqualTo(Pages.json("{\"everyWeeks\":2,\"until\":null,\"count\":2}"));
        assertThat(testId(page, "series-booked").text()).isEqualTo("1 rendez-vous est réservé, « Non payé ».");
        assertThat(testId(page, "series-conflicts").selectFirst("h2").text())
                .isEqualTo("1 date n'a pas pu être réservée");
        assertThat(testId(page, "series-conflict").text())
                .isEqualTo(
                        FRENCH.longDateTime(at(DAY.plusWeeks(4), 16, 30)) + " : La succursale est fermée ce jour-là.");
    }

    @Test
    void aSlotTakenByAnotherClientSaysSoAndOffersTheDaysFreshSlots() throws Exception {
        backend.reply("POST", BOOKINGS, 409, """
                {"type":"https://clientele.ca/problems/slot-taken","title":"Conflict","status":409,
                 "detail":"Ce créneau vient d'être pris.","freeSlots":[]}""");
        backend.reply(
                "GET",
                "/api/slots",
                200,
                slots(DAY).replace(START.toString(), at(DAY, 15, 0).toString()));

        Document page = page(book(), HttpStatus.CONFLICT);

        assertThat(testId(page, "slot-taken").text())
                .isEqualTo("Ce créneau vient d'être pris. Choisissez-en un autre ci-dessous.");
        assertThat(testId(page, "slot-taken").attr("role")).isEqualTo("alert");
        assertThat(testId(page, "fresh-slots").select("[data-testid=slot]").eachText())
                .containsExactly("15 h – 15 h 20 · Cynthia Lemay", "17 h – 17 h 20 · Julien Béliveau");
        assertThat(testId(page, "fresh-slots").selectFirst("[data-testid=slot]").attr("href"))
                .contains("petIds=" + BISCUIT + "&petIds=" + MINOU);

        Document english = page(book().param("lang", "en"), HttpStatus.CONFLICT);
        assertThat(testId(english, "slot-taken").text())
                .isEqualTo("This slot was just taken. Choose another one below.");
    }

    @Test
    void theServicesProblemIsShownReadablyWithWhatWasTyped() throws Exception {
        backend.reply("POST", BOOKINGS, 400, """
                {"type":"about:blank","title":"Bad Request","status":400,
                 "detail":"Minou : vaccin contre la rage manquant ou expiré (valide jusqu'au 2026-01-31).",
                 "errors":[{"field":"petIds","message":"Minou : vaccin contre la rage manquant ou expiré (valide jusqu'au 2026-01-31)."}]}""");

        Document page = page(book(), HttpStatus.BAD_REQUEST);

        assertThat(testId(page, "choice-errors").text())
                .isEqualTo("Minou : vaccin contre la rage manquant ou expiré (valide jusqu'au 2026-01-31).");
        assertThat(testId(page, "form-errors").text()).startsWith("Veuillez corriger");
        assertThat(testId(page, "notes").text()).isEqualTo("Code de la porte : 1234");

        backend.reply("POST", BOOKINGS, 422, """
                {"type":"about:blank","title":"Unprocessable","status":422,"detail":"La succursale est fermée ce jour-là."}""");
        Document rule = page(book(), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(testId(rule, "form-errors").select("li").eachText())
                .containsExactly("La succursale est fermée ce jour-là.");
    }

    @Test
    void aRefusedClientIsToldWhyInTheFormAndASuspendedOneGetsNoForm() throws Exception {
        backend.reply("POST", BOOKINGS, 403, """
                {"type":"about:blank","title":"Forbidden","status":403,"detail":"Compte suspendu."}""");

        Document refused = page(book(), HttpStatus.FORBIDDEN);
        assertThat(testId(refused, "booking-refused").text())
                .isEqualTo(
                        "Vous ne pouvez pas réserver en ligne pour le moment. Pour en savoir plus, communiquez avec nous.");
        assertThat(refused.select("[data-testid=error]")).isEmpty();

        backend.reply("GET", "/api/clients/me", 200, FRANCIS.replace("\"ACTIVE\"", "\"SUSPENDED\""));
        Document suspended = page(get("/services/reserver").param("serviceId", NAILS), HttpStatus.OK);
        assertThat(testId(suspended, "booking-refused").text()).startsWith("Votre compte est suspendu");
        assertThat(suspended.select("[data-testid=booking-search]")).isEmpty();
    }

    @Test
    void theServiceDownKeepsWhatWasTypedAndSaysNothingWasBooked() throws Exception {
        backend.reply("POST", BOOKINGS, 503, "{\"detail\":\"down\"}");

        Document page = page(book(), HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(testId(page, "unavailable-message").text()).startsWith("Le service ne répond pas");
        assertThat(testId(page, "notes").text()).isEqualTo("Code de la porte : 1234");
        assertThat(testId(page, "summary-when").text()).isEqualTo(FRENCH.day(DAY) + ", 16 h 30 – 16 h 50");
    }

    @Test
    void notesTooLongOrAnIncompleteRecurrenceAreNotSent() throws Exception {
        Document page = page(
                book(NAILS, "x".repeat(1001))
                        .param("repeat", "true")
                        .param("everyWeeks", "20")
                        .param("count", "4"),
                HttpStatus.BAD_REQUEST);

        assertThat(testId(page, "notes")
                        .parent()
                        .selectFirst("[data-testid=field-error]")
                        .text())
                .startsWith("Entrez au plus 1")
                .endsWith("000 caractères.");
        assertThat(page.selectFirst("#everyWeeks-error").text())
                .isEqualTo("Choisissez une fréquence de 1 à 12 semaines.");
        assertThat(calls("POST", BOOKINGS)).isEmpty();
    }

    @Test
    void theWaitingListTakesTheSearchesServiceAndPetsAndSaysThePlace() throws Exception {
        backend.reply("POST", BOOKINGS + "/waitlist", 201, """
                {"id":"e0000000-0000-4000-8000-000000000009","clientId":"%s","serviceId":"%s","branchId":"%s",
                 "petIds":["%s"],"earliest":"%s","latest":"%s","position":3}""".formatted(
                        FRANCIS_ID, NAILS, PLATEAU, BISCUIT, TODAY, DAY.plusDays(6)));

        Document form = page(
                PortalIntegration.htmxPost("/services/liste-attente")
                        .param("serviceId", NAILS)
                        .param("branchId", PLATEAU)
                        .param("petIds", BISCUIT)
                        .param("earliest", TODAY.toString())
                        .param("latest", DAY.plusDays(6).toString()),
                HttpStatus.CREATED);

        assertThat(testId(form, "waitlist-joined").text())
                .isEqualTo(
                        "C'est noté : vous êtes 3e sur la liste d'attente. Nous vous écrirons si un créneau se libère.");
        assertSent("POST", BOOKINGS + "/waitlist", """
                {"clientId":"%s","serviceId":"%s","branchId":"%s","petIds":["%s"],"earliest":"%s","latest":"%s"}
                """.formatted(
                        FRANCIS_ID, NAILS, PLATEAU, BISCUIT, TODAY, DAY.plusDays(6)));
    }

    @Test
    void aWaitingListEndingBeforeItStartsIsNotSent() throws Exception {
        Document form = page(
                PortalIntegration.htmxPost("/services/liste-attente")
                        .param("serviceId", NAILS)
                        .param("petIds", BISCUIT)
                        .param("earliest", DAY.toString())
                        .param("latest", TODAY.toString()),
                HttpStatus.BAD_REQUEST);

        assertThat(testId(form, "waitlist-latest").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#waitlist-latest-error").text()).isEqualTo("Cette date doit suivre la première.");
        assertThat(calls("POST", BOOKINGS + "/waitlist")).isEmpty();
    }
}
