package ca.clientele.adminportal;

import static ca.clientele.adminportal.BookingFixtures.APPOINTMENT;
import static ca.clientele.adminportal.BookingFixtures.APPOINTMENT_ID;
import static ca.clientele.adminportal.BookingFixtures.BRANCH;
import static ca.clientele.adminportal.BookingFixtures.BRANCHES;
import static ca.clientele.adminportal.BookingFixtures.CYNTHIA;
import static ca.clientele.adminportal.BookingFixtures.JULIEN;
import static ca.clientele.adminportal.BookingFixtures.NAIL_TRIM;
import static ca.clientele.adminportal.BookingFixtures.PHOTO_ID;
import static ca.clientele.adminportal.BookingFixtures.SERVICES;
import static ca.clientele.adminportal.BookingFixtures.SLOT_TAKEN;
import static ca.clientele.adminportal.BookingFixtures.STAFF;
import static ca.clientele.adminportal.BookingFixtures.STALE;
import static ca.clientele.adminportal.BookingFixtures.UNPAID;
import static ca.clientele.adminportal.BookingFixtures.appointment;
import static ca.clientele.adminportal.BookingFixtures.page;
import static ca.clientele.adminportal.Pages.FRANCIS;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MOKA_ID;
import static ca.clientele.adminportal.Pages.MONTREAL_BRANCH;
import static ca.clientele.adminportal.Pages.PETS;
import static ca.clientele.adminportal.Pages.STAFF_TOKEN;
import static ca.clientele.adminportal.Pages.TWO_CLIENTS;
import static ca.clientele.adminportal.Pages.client;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * "Feuille de temps": the day and week grids, creating from a cell (client search, pets, service),
 * moving by drop and by the "Déplacer" form, cancel, "Terminé" with report cards, "Absent", and
 * booking-service's refusals shown in its own words.
 */
class TimesheetIT extends PortalIT {

    static final String DAY = "/timesheet?view=day&day=2026-12-03&branch=" + MONTREAL_BRANCH;

    static void stubTimesheet(String appointments) {
        reply("GET", "/api/branches", 200, BRANCHES);
        reply("GET", "/api/branches/" + MONTREAL_BRANCH, 200, BRANCH);
        reply("GET", "/api/staff", 200, STAFF);
        reply("GET", "/api/services", 200, SERVICES);
        reply("GET", "/api/bookings", 200, appointments);
        reply("GET", "/api/services/" + NAIL_TRIM, 200, BookingFixtures.NAIL_TRIM_SERVICE);
        reply("GET", "/api/services/" + BookingFixtures.HOME_VISITS, 200, BookingFixtures.HOME_VISITS_SERVICE);
    }

    /** The query of the last GET /api/bookings, as name → value. */
    static Map<String, String> bookingsQuery() {
        return Arrays.stream(query(sent("GET", "/api/bookings")).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void theDayShowsAColumnPerStaffMemberWithTheAppointmentOnItsRows() throws Exception {
        stubTimesheet(page(UNPAID));

        Document page = html(
                mvc.perform(get(DAY).with(staff())).andExpect(status().isOk()).andReturn());

        assertThat(testId(page, "menu-timesheet").attr("href")).isEqualTo("/admin/timesheet");
        assertThat(testId(page, "timesheet-heading").text()).isEqualTo("jeudi 3 décembre 2026 · Montréal — Plateau");
        assertThat(page.select("[data-testid=ts-column]").eachText())
                .containsExactly("Cynthia Lemay", "Julien Béliveau");
        assertThat(bookingsQuery())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "branchId",
                        MONTREAL_BRANCH,
                        "from",
                        "2026-12-03",
                        "to",
                        "2026-12-03",
                        "page",
                        "0",
                        "size",
                        "100"));
        assertThat(sent("GET", "/api/bookings").getHeader("Authorization")).isEqualTo("Bearer " + STAFF_TOKEN);

        // 9 h 10 in Toronto's zone on a grid starting at 9 h: the second 10-minute row, two rows high.
        Element block = testId(page, "ts-appointment");
        assertThat(block.classNames()).contains("tc-2", "tr-3", "ts-span-2", "status-unpaid");
        assertThat(block.attr("draggable")).isEqualTo("true");
        assertThat(block.attr("data-version")).isEqualTo("1");
        assertThat(block.text()).isEqualTo("9 h 10 – 9 h 30 Francis Marceau Taille des griffes · Moka Non payé");
        assertThat(testId(block, "ts-appointment-link").attr("href"))
                .isEqualTo("/admin/timesheet/appointments/" + APPOINTMENT_ID);

        // Every free step is a link to create there; Julien starts at noon, his morning is shaded.
        Element first = page.selectFirst("[data-testid=ts-cell].tc-2.tr-2");
        assertThat(first.attr("href"))
                .isEqualTo("/admin/timesheet/new?branch=" + MONTREAL_BRANCH + "&staff=" + CYNTHIA
                        + "&day=2026-12-03&time=09:00&view=day");
        assertThat(first.attr("aria-label"))
                .isEqualTo("Nouveau rendez-vous le 3 décembre 2026 à 9 h avec Cynthia Lemay");
        assertThat(first.attr("data-time")).isEqualTo("09:00");
        assertThat(first.hasClass("ts-off")).isFalse();
        assertThat(page.selectFirst("[data-testid=ts-cell].tc-3.tr-2").hasClass("ts-off"))
                .isTrue();
        assertThat(page.select("[data-testid=ts-cell].tc-2.tr-3")).isEmpty();
        // 9 h to 17 h: 48 steps a column, minus the appointment's two.
        assertThat(page.select("[data-testid=ts-cell]")).hasSize(48 * 2 - 2);
        assertThat(testId(page, "timesheet-next").attr("href"))
                .isEqualTo("/admin/timesheet?view=day&day=2026-12-04&branch=" + MONTREAL_BRANCH + "&staff=");
        assertThat(testId(page, "timesheet-new").attr("href"))
                .isEqualTo("/admin/timesheet/new?branch=" + MONTREAL_BRANCH + "&staff=&day=2026-12-03&view=day");
    }

    @Test
    void theWeekShowsOneStaffMembersSevenDays() throws Exception {
        stubTimesheet(page(UNPAID));

        Document page =
                html(mvc.perform(get("/timesheet?view=week&day=2026-12-03").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.select("[data-testid=ts-column]").eachText())
                .containsExactly(
                        "lun. 30 nov.",
                        "mar. 1 déc.",
                        "mer. 2 déc.",
                        "jeu. 3 déc.",
                        "ven. 4 déc.",
                        "sam. 5 déc.",
                        "dim. 6 déc.");
        assertThat(bookingsQuery())
                .containsEntry("staffId", CYNTHIA)
                .containsEntry("from", "2026-11-30")
                .containsEntry("to", "2026-12-06");
        // Thursday is the fourth day: grid column 5.
        assertThat(testId(page, "ts-appointment").classNames()).contains("tc-5", "tr-3");
        assertThat(testId(page, "timesheet-heading").text())
                .isEqualTo("Semaine du 30 novembre 2026 au 6 décembre 2026 · Montréal — Plateau");
    }

    @Test
    void aCellOpensTheCreatePageWhereAClientIsFoundAndBookedForTheirPet() throws Exception {
        stubTimesheet(page());
        reply("GET", "/api/clients", 200, TWO_CLIENTS);
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        String cell = "/timesheet/new?branch=" + MONTREAL_BRANCH + "&staff=" + CYNTHIA
                + "&day=2026-12-03&time=09:10&view=day";

        Document search = html(mvc.perform(get(cell + "&q=marc").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(search, "new-where").text()).isEqualTo("Montréal — Plateau, 3 décembre 2026 à 9 h 10");
        assertThat(search.select("[data-testid=client-choice]").eachText())
                .containsExactly("Francis Marceau francis.marceau@exemple.ca", "Élise Béliveau elise@exemple.ca");
        String choose = testId(search, "client-choice").attr("href");
        assertThat(choose).endsWith("&client=" + FRANCIS_ID);

        Document chosen = html(mvc.perform(get(cell + "&client=" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(chosen, "new-client-name").text()).isEqualTo("Francis Marceau");
        // Archived pets (Biscuit) cannot be booked.
        assertThat(testId(chosen, "appointment-petIds").select("label").eachText())
                .containsExactly("Moka");
        assertThat(testId(chosen, "appointment-serviceId").select("option").eachText())
                .containsExactly("—", "Taille des griffes", "Visites à domicile");
        assertThat(testId(chosen, "appointment-staffId")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo(CYNTHIA);
        assertThat(testId(chosen, "appointment-time").val()).isEqualTo("09:10");

        reply("POST", "/api/bookings", 201, UNPAID);
        mvc.perform(typed(
                        post("/timesheet/appointments?view=day").with(staff()),
                        "clientId=" + FRANCIS_ID,
                        "branchId=" + MONTREAL_BRANCH,
                        "petIds=" + MOKA_ID,
                        "serviceId=" + NAIL_TRIM,
                        "staffId=" + CYNTHIA,
                        "date=2026-12-03",
                        "time=09:10",
                        "notes="))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(
                        "/admin/timesheet?view=day&day=2026-12-03&branch=" + MONTREAL_BRANCH + "&created=4217"));

        // 9 h 10 in December in Toronto's zone is 14 h 10 UTC; names are display copies from the registry.
        assertThat(sentJson("POST", "/api/bookings"))
                .isEqualTo(json("""
                        {"clientId":"%s","serviceId":"%s","branchId":"%s","staffId":"%s","start":"2026-12-03T14:10:00Z",
                         "petIds":["%s"],"petNames":["Moka"],"clientName":"Francis Marceau","location":null,"notes":null}""".formatted(FRANCIS_ID, NAIL_TRIM, MONTREAL_BRANCH, CYNTHIA, MOKA_ID)));
    }

    /** Francis's Moka at 9 h 10 with Cynthia, repeated every 2 weeks, and {@code more}. */
    static String[] seriesFields(String... more) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                "clientId=" + FRANCIS_ID,
                                "branchId=" + MONTREAL_BRANCH,
                                "petIds=" + MOKA_ID,
                                "serviceId=" + NAIL_TRIM,
                                "staffId=" + CYNTHIA,
                                "date=2026-12-03",
                                "time=09:10",
                                "repeat=true",
                                "everyWeeks=2"),
                        java.util.stream.Stream.of(more))
                .toArray(String[]::new);
    }

    @Test
    void aRepeatedBookingIsASeriesWhoseBookedDatesAndConflictsAreListed() throws Exception {
        stubTimesheet(page());
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        reply("POST", "/api/bookings", 201, """
                {"seriesId":"5e51e500-0000-4000-8000-000000000001","booked":[%s],
                 "conflicts":[{"start":"2026-12-31T14:10:00Z","reason":"BRANCH_CLOSED","message":"Succursale fermée ce jour-là."}]}""".formatted(UNPAID));

        Document form = html(mvc.perform(get("/timesheet/new?branch=" + MONTREAL_BRANCH + "&staff=" + CYNTHIA
                                + "&day=2026-12-03&time=09:10&client=" + FRANCIS_ID)
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(form, "recurrence").selectFirst("legend").text()).isEqualTo("Répéter ce rendez-vous");
        assertThat(testId(form, "appointment-everyWeeks").attr("type")).isEqualTo("number");
        assertThat(testId(form, "appointment-until").attr("type")).isEqualTo("date");

        Document series = submit(post("/timesheet/appointments?view=day").with(staff()), 200, seriesFields("count=3"));
        assertThat(testId(series, "series-booked").text()).isEqualTo("Un rendez-vous est réservé.");
        assertThat(testId(series, "series-appointment").selectFirst("a").attr("href"))
                .isEqualTo("/admin/timesheet/appointments/" + APPOINTMENT_ID);
        assertThat(testId(series, "series-conflict").text())
                .isEqualTo("31 décembre 2026, 9 h 10 : Succursale fermée ce jour-là.");
        assertThat(sentJson("POST", "/api/bookings").get("recurrence"))
                .isEqualTo(json("{\"everyWeeks\":2,\"until\":null,\"count\":3}"));

        // Neither a count nor an end date: said next to the field, booking-service is not asked.
        Document incomplete = submit(post("/timesheet/appointments?view=day").with(staff()), 400, seriesFields());
        assertThat(fieldError(incomplete, "appointment-count"))
                .isEqualTo("Indiquez soit un nombre de rendez-vous, soit une date de fin (pas les deux).");
        assertThat(calls("POST", "/api/bookings")).hasSize(1);
    }

    @Test
    void aHomeVisitGoesToTheClientsBillingAddressAndCoordinates() throws Exception {
        stubTimesheet(page());
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        reply("POST", "/api/bookings", 201, UNPAID);

        mvc.perform(typed(
                        post("/timesheet/appointments").with(staff()),
                        "clientId=" + FRANCIS_ID,
                        "branchId=" + MONTREAL_BRANCH,
                        "petIds=" + MOKA_ID,
                        "serviceId=" + BookingFixtures.HOME_VISITS,
                        "staffId=" + CYNTHIA,
                        "date=2026-12-03",
                        "time=13:00"))
                .andExpect(status().isSeeOther());

        assertThat(sentJson("POST", "/api/bookings").get("location")).isEqualTo(json("""
                        {"street":"123 rue Saint-Denis","city":"Montréal","postalCode":"H2X 1K4",
                         "latitude":45.5101,"longitude":-73.5673}"""));
    }

    @Test
    void aSlotTakenMeanwhileIsSaidInBookingServicesWordsWithWhatWasChosenKept() throws Exception {
        stubTimesheet(page());
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        reply("POST", "/api/bookings", 409, SLOT_TAKEN);

        Document answer = submit(
                post("/timesheet/appointments").with(staff()),
                409,
                "clientId=" + FRANCIS_ID,
                "branchId=" + MONTREAL_BRANCH,
                "petIds=" + MOKA_ID,
                "serviceId=" + NAIL_TRIM,
                "staffId=" + CYNTHIA,
                "date=2026-12-03",
                "time=09:10");

        assertThat(testId(answer, "refused-message").text()).isEqualTo("Ce créneau vient d'être pris.");
        assertThat(testId(answer, "refused-message").attr("role")).isEqualTo("alert");
        assertThat(testId(answer, "appointment-time").val()).isEqualTo("09:10");
        assertThat(testId(answer, "appointment-petIds-" + MOKA_ID).hasAttr("checked"))
                .isTrue();

        // The free slots of the problem, each a link that fills the form in with it (pets and service kept).
        assertThat(answer.select("[data-testid=free-slot]").eachText())
                .containsExactly("3 décembre 2026, 9 h 30 · Cynthia Lemay", "3 décembre 2026, 11 h · Julien Béliveau");
        assertThat(testId(answer, "free-slots").selectFirst("ul").attr("aria-labelledby"))
                .isEqualTo("free-slots-heading");
        String first = testId(answer, "free-slot").attr("href");
        assertThat(first)
                .startsWith("/admin/timesheet/new?")
                .contains(
                        "client=" + FRANCIS_ID,
                        "service=" + NAIL_TRIM,
                        "pets=" + MOKA_ID,
                        "staff=" + CYNTHIA,
                        "day=2026-12-03",
                        "time=09:30");
        Document filled =
                html(mvc.perform(get(first.substring("/admin".length())).with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(testId(filled, "appointment-time").val()).isEqualTo("09:30");
        assertThat(testId(filled, "appointment-date").val()).isEqualTo("2026-12-03");
        assertThat(testId(filled, "appointment-staffId")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo(CYNTHIA);
        assertThat(testId(filled, "appointment-serviceId")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo(NAIL_TRIM);
        assertThat(testId(filled, "appointment-petIds-" + MOKA_ID).hasAttr("checked"))
                .isTrue();
        assertThat(filled.select("[data-testid=refused-message], [data-testid=free-slots]"))
                .isEmpty();
    }

    @Test
    void aBookingWithoutPetsOrServiceOrWithAnUnreadableTimeIsRefusedBeforeBookingServiceIsAsked() throws Exception {
        stubTimesheet(page());
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);

        Document missing = submit(
                post("/timesheet/appointments").with(staff()),
                400,
                "clientId=" + FRANCIS_ID,
                "branchId=" + MONTREAL_BRANCH,
                "staffId=" + CYNTHIA,
                "date=2026-12-03",
                "time=09:10");
        assertThat(testId(missing, "form-errors")).isNotNull();
        assertThat(fieldError(missing, "appointment-petIds")).isNotBlank();
        assertThat(fieldError(missing, "appointment-serviceId")).isNotBlank();

        Document unreadable = submit(
                post("/timesheet/appointments").with(staff()),
                400,
                "clientId=" + FRANCIS_ID,
                "branchId=" + MONTREAL_BRANCH,
                "petIds=" + MOKA_ID,
                "serviceId=" + NAIL_TRIM,
                "staffId=" + CYNTHIA,
                "date=2026-12-03",
                "time=9h");
        assertThat(fieldError(unreadable, "appointment-time")).isNotBlank();
        assertThat(testId(unreadable, "appointment-time").val()).isEqualTo("9h");
        assertThat(testId(unreadable, "new-client-name").text()).isEqualTo("Francis Marceau");
        assertThat(calls("POST", "/api/bookings")).isEmpty();
    }

    @Test
    void aDropMovesTheAppointmentAndAnswersTheGridWithWhatHappened() throws Exception {
        stubTimesheet(page(UNPAID));
        reply("GET", APPOINTMENT, 200, UNPAID);
        reply("POST", APPOINTMENT + "/move", 200, appointment("UNPAID", "Non payé", 2));

        Document grid = submit(
                "/timesheet/appointments/" + APPOINTMENT_ID + "/move?grid=true&view=day&day=2026-12-03&branch="
                        + MONTREAL_BRANCH,
                200,
                "date=2026-12-03",
                "time=12:00",
                "staffId=" + JULIEN,
                "version=1");

        assertThat(sentJson("POST", APPOINTMENT + "/move"))
                .isEqualTo(json(
                        "{\"start\":\"2026-12-03T17:00:00Z\",\"staffId\":\"%s\",\"version\":1}".formatted(JULIEN)));
        assertThat(grid.selectFirst("#timesheet")).isNotNull();
        assertThat(grid.selectFirst("h1")).as("only the grid").isNull();
        assertThat(testId(grid, "timesheet-notice").text()).isEqualTo("Le rendez-vous de Francis Marceau est déplacé.");
    }

    @Test
    void aDropOnASlotTakenMeanwhileSaysSoInTheGridsAlert() throws Exception {
        stubTimesheet(page(UNPAID));
        reply("GET", APPOINTMENT, 200, UNPAID);
        reply("POST", APPOINTMENT + "/move", 409, SLOT_TAKEN);

        Document grid = submit(
                "/timesheet/appointments/" + APPOINTMENT_ID + "/move?grid=true&view=day&day=2026-12-03&branch="
                        + MONTREAL_BRANCH,
                409,
                "date=2026-12-03",
                "time=12:00",
                "staffId=" + JULIEN,
                "version=1");

        assertThat(testId(grid, "timesheet-refusal").text()).isEqualTo("Ce créneau vient d'être pris.");
        assertThat(testId(grid, "timesheet-refusal").attr("role")).isEqualTo("alert");

        // Each free slot opens the appointment's "Déplacer" form filled in with it; nothing moves until confirmed.
        assertThat(grid.select("[data-testid=free-slot]").eachText())
                .containsExactly("3 décembre 2026, 9 h 30 · Cynthia Lemay", "3 décembre 2026, 11 h · Julien Béliveau");
        String second = grid.select("[data-testid=free-slot]").get(1).attr("href");
        assertThat(second)
                .isEqualTo("/admin/timesheet/appointments/" + APPOINTMENT_ID + "?date=2026-12-03&time=11:00&staff="
                        + JULIEN + "#move");
        Document filled = html(mvc.perform(get(second.substring("/admin".length(), second.indexOf('#')))
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(filled, "slot-chosen").attr("role")).isEqualTo("status");
        assertThat(testId(filled, "move-time").val()).isEqualTo("11:00");
        assertThat(testId(filled, "move-date").val()).isEqualTo("2026-12-03");
        assertThat(testId(filled, "move-staffId")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo(JULIEN);
        assertThat(calls("POST", APPOINTMENT + "/move")).hasSize(1);
    }

    @Test
    void theMoveFormRefusedForASlotTakenOffersTheFreeSlotsInTheForm() throws Exception {
        stubTimesheet(page(UNPAID));
        reply("GET", APPOINTMENT, 200, UNPAID);
        reply("POST", APPOINTMENT + "/move", 409, SLOT_TAKEN);

        Document page = submit(
                post("/timesheet/appointments/" + APPOINTMENT_ID + "/move").with(staff()),
                409,
                "date=2026-12-03",
                "time=12:00",
                "staffId=" + JULIEN,
                "version=1");

        assertThat(testId(page, "refused-message").text()).isEqualTo("Ce créneau vient d'être pris.");
        assertThat(testId(page, "move-time").val()).isEqualTo("12:00");
        assertThat(testId(page, "form-move").select("[data-testid=free-slot]").eachAttr("href"))
                .containsExactly(
                        "/admin/timesheet/appointments/" + APPOINTMENT_ID + "?date=2026-12-03&time=09:30&staff="
                                + CYNTHIA + "#move",
                        "/admin/timesheet/appointments/" + APPOINTMENT_ID + "?date=2026-12-03&time=11:00&staff="
                                + JULIEN + "#move");
    }

    @Test
    void theAppointmentPageMovesItWithTheKeyboardFormAndShowsAStaleVersionReadably() throws Exception {
        stubTimesheet(page());
        reply("GET", APPOINTMENT, 200, UNPAID);

        Document page = html(
                mvc.perform(get("/timesheet/appointments/" + APPOINTMENT_ID).with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(testId(page, "appointment-status").text()).isEqualTo("Non payé");
        assertThat(testId(page, "appointment-when").text()).isEqualTo("3 décembre 2026, 9 h 10 – 9 h 30");
        assertThat(testId(page, "appointment-client").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
        assertThat(testId(page, "move-date").val()).isEqualTo("2026-12-03");
        assertThat(testId(page, "move-time").val()).isEqualTo("09:10");
        assertThat(testId(page, "back-to-timesheet").attr("href"))
                .isEqualTo("/admin/timesheet?view=day&day=2026-12-03&branch=" + MONTREAL_BRANCH);

        reply("POST", APPOINTMENT + "/move", 200, appointment("UNPAID", "Non payé", 2));
        mvc.perform(typed(
                        post("/timesheet/appointments/" + APPOINTMENT_ID + "/move")
                                .with(staff()),
                        "date=2026-12-04",
                        "time=10:30",
                        "staffId=" + CYNTHIA,
                        "version=1"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/appointments/" + APPOINTMENT_ID + "?done=moved"));
        assertThat(sentJson("POST", APPOINTMENT + "/move"))
                .isEqualTo(json(
                        "{\"start\":\"2026-12-04T15:30:00Z\",\"staffId\":\"%s\",\"version\":1}".formatted(CYNTHIA)));

        reply("POST", APPOINTMENT + "/move", 409, STALE);
        Document stale = submit(
                post("/timesheet/appointments/" + APPOINTMENT_ID + "/move").with(staff()),
                409,
                "date=2026-12-04",
                "time=10:30",
                "staffId=" + CYNTHIA,
                "version=0");
        assertThat(testId(testId(stale, "form-move"), "refused-message").text())
                .isEqualTo("Ce rendez-vous a été modifié entre-temps. Rechargez la page.");
        assertThat(testId(stale, "move-time").val()).isEqualTo("10:30");
    }

    @Test
    void serviceAndPetsAreChangedFromTheAppointmentPageWithTheirNamesAndAStaleVersionSaysSo() throws Exception {
        stubTimesheet(page());
        String bath = BookingFixtures.NAIL_TRIM_SERVICE
                .replace(NAIL_TRIM, "5e000000-0000-4000-8000-000000000003")
                .replace("\"name\":\"Taille des griffes\"", "\"name\":\"Bain\"");
        reply(
                "GET",
                "/api/services",
                200,
                "[" + BookingFixtures.NAIL_TRIM_SERVICE + "," + BookingFixtures.HOME_VISITS_SERVICE + "," + bath + "]");
        reply("GET", APPOINTMENT, 200, UNPAID);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);

        Document page = html(
                mvc.perform(get("/timesheet/appointments/" + APPOINTMENT_ID).with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        Element form = testId(page, "form-change");
        // Same place only (no home visit), the current service selected; the client's pets, Moka ticked.
        assertThat(testId(form, "change-serviceId").select("option").eachText())
                .containsExactly("—", "Taille des griffes", "Bain");
        assertThat(testId(form, "change-serviceId")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo(NAIL_TRIM);
        assertThat(testId(form, "change-petIds-" + MOKA_ID).hasAttr("checked")).isTrue();
        // The registry's archived pets (Biscuit) are not offered.
        assertThat(testId(form, "change-petIds").select("label").eachText()).containsExactly("Moka");

        reply("POST", APPOINTMENT + "/change", 200, appointment("UNPAID", "Non payé", 2));
        mvc.perform(typed(
                        post("/timesheet/appointments/" + APPOINTMENT_ID + "/change")
                                .with(staff()),
                        "serviceId=5e000000-0000-4000-8000-000000000003",
                        "petIds=" + MOKA_ID,
                        "version=1"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/appointments/" + APPOINTMENT_ID + "?done=changed"));
        assertThat(sentJson("POST", APPOINTMENT + "/change")).isEqualTo(json("""
                        {"serviceId":"5e000000-0000-4000-8000-000000000003","petIds":["%s"],
                         "petNames":["Moka"],"start":null,"staffId":null,"version":1}""".formatted(MOKA_ID)));

        reply("POST", APPOINTMENT + "/change", 409, STALE);
        Document stale = submit(
                post("/timesheet/appointments/" + APPOINTMENT_ID + "/change").with(staff()),
                409,
                "serviceId=5e000000-0000-4000-8000-000000000003",
                "petIds=" + MOKA_ID,
                "version=0");
        assertThat(testId(testId(stale, "form-change"), "refused-message").text())
                .isEqualTo("Ce rendez-vous a été modifié entre-temps. Rechargez la page.");
        assertThat(testId(stale, "change-serviceId")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("5e000000-0000-4000-8000-000000000003");

        // Nothing chosen: refused next to the fields before booking-service is asked.
        Document empty = submit(
                post("/timesheet/appointments/" + APPOINTMENT_ID + "/change").with(staff()), 400, "version=1");
        assertThat(fieldError(empty, "change-serviceId")).isNotBlank();
        assertThat(fieldError(empty, "change-petIds")).isNotBlank();
        assertThat(calls("POST", APPOINTMENT + "/change")).hasSize(2);
    }

    @Test
    void cancelAndNoShowSendTheVersionShownAndTheReason() throws Exception {
        stubTimesheet(page());
        reply("GET", APPOINTMENT, 200, UNPAID);
        reply("POST", APPOINTMENT + "/cancel", 200, appointment("CANCELLED", "Annulé", 2));
        reply("POST", APPOINTMENT + "/no-show", 200, appointment("NO_SHOW", "Absent", 2));

        mvc.perform(typed(
                        post("/timesheet/appointments/" + APPOINTMENT_ID + "/cancel")
                                .with(staff()),
                        "reason=Le client a appelé",
                        "version=1"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/appointments/" + APPOINTMENT_ID + "?done=cancelled"));
        assertThat(sentJson("POST", APPOINTMENT + "/cancel"))
                .isEqualTo(json("{\"reason\":\"Le client a appelé\",\"version\":1}"));

        mvc.perform(typed(
                        post("/timesheet/appointments/" + APPOINTMENT_ID + "/no-show")
                                .with(staff()),
                        "version=1"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/appointments/" + APPOINTMENT_ID + "?done=no-show"));
        assertThat(sentJson("POST", APPOINTMENT + "/no-show")).isEqualTo(json("{\"version\":1}"));

        reply("GET", APPOINTMENT, 200, appointment("NO_SHOW", "Absent", 2));
        Document page = html(mvc.perform(get("/timesheet/appointments/" + APPOINTMENT_ID + "?done=no-show")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "appointment-done").text()).isEqualTo("Le client est marqué absent.");
        assertThat(page.select("[data-testid=form-move], [data-testid=form-cancel], [data-testid=form-complete]"))
                .as("nothing left to do on a no-show")
                .isEmpty();
    }

    @Test
    void doneMarksTheAppointmentCompletedThenSavesEachFilledReportCard() throws Exception {
        stubTimesheet(page());
        reply("GET", APPOINTMENT, 200, UNPAID);
        reply("POST", APPOINTMENT + "/complete", 200, appointment("COMPLETED", "Terminé", 2));
        reply("PUT", APPOINTMENT + "/report-cards/" + MOKA_ID, 200, """
                {"appointmentId":"%s","petId":"%s","petName":"Moka","done":"Griffes taillées","nails":"SHORT",
                 "behaviour":"Calme","notesForNextTime":"Friandise","photoDocumentIds":["%s"],"shared":true}""".formatted(APPOINTMENT_ID, MOKA_ID, PHOTO_ID));

        Document page = html(
                mvc.perform(get("/timesheet/appointments/" + APPOINTMENT_ID).with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        Element card = testId(page, "report-card");
        assertThat(card.attr("data-pet-id")).isEqualTo(MOKA_ID);
        assertThat(card.selectFirst("legend").text()).isEqualTo("Moka");
        assertThat(testId(page, "form-complete").attr("data-client-id")).isEqualTo(FRANCIS_ID.toString());

        mvc.perform(typed(
                        post("/timesheet/appointments/" + APPOINTMENT_ID + "/complete")
                                .with(staff()),
                        "version=1",
                        "cards[0].petId=" + MOKA_ID,
                        "cards[0].done=Griffes taillées",
                        "cards[0].nails=SHORT",
                        "cards[0].behaviour=Calme",
                        "cards[0].notesForNextTime=Friandise",
                        "cards[0].photoDocumentIds[0]=" + PHOTO_ID,
                        "cards[0].shared=true",
                        "_cards[0].shared=on"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/appointments/" + APPOINTMENT_ID + "?done=completed"));

        assertThat(sentJson("POST", APPOINTMENT + "/complete")).isEqualTo(json("{\"version\":1}"));
        assertThat(sentJson("PUT", APPOINTMENT + "/report-cards/" + MOKA_ID)).isEqualTo(json("""
                        {"done":"Griffes taillées","nails":"SHORT","behaviour":"Calme","notesForNextTime":"Friandise",
                         "photoDocumentIds":["%s"],"shared":true}""".formatted(PHOTO_ID)));
    }

    @Test
    void aTooLateCompletionIsRefusedInTheFormAndNoCardIsSent() throws Exception {
        stubTimesheet(page());
        reply("GET", APPOINTMENT, 200, UNPAID);
        reply("POST", APPOINTMENT + "/complete", 409, STALE);

        Document answer = submit(
                post("/timesheet/appointments/" + APPOINTMENT_ID + "/complete").with(staff()),
                409,
                "version=0",
                "cards[0].petId=" + MOKA_ID,
                "cards[0].done=Griffes taillées");

        assertThat(testId(testId(answer, "form-complete"), "refused-message").text())
                .isEqualTo("Ce rendez-vous a été modifié entre-temps. Rechargez la page.");
        assertThat(calls("PUT", APPOINTMENT + "/report-cards/" + MOKA_ID)).isEmpty();
    }

    @Test
    void whenBookingServiceIsDownTheTimesheetIsTheUnavailablePage() throws Exception {
        reply("GET", "/api/branches", 503, "{\"status\":503}");

        mvc.perform(get(DAY).with(staff())).andExpect(status().isServiceUnavailable());
    }

    @Test
    void aClientIsRefusedTheTimesheet() throws Exception {
        mvc.perform(get(DAY).with(client())).andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }

    @Test
    void inEnglishTheTimesheetIsInEnglish() throws Exception {
        stubTimesheet(page(UNPAID));

        Document page = html(mvc.perform(get(DAY + "&lang=en").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Timesheet");
        assertThat(testId(page, "timesheet-new").text()).isEqualTo("New appointment");
        assertThat(testId(page, "ts-appointment").text()).startsWith("9:10 a.m. – 9:30 a.m. Francis Marceau");
        assertThat(sent("GET", "/api/bookings").getHeader("Accept-Language")).startsWith("en");
    }
}
