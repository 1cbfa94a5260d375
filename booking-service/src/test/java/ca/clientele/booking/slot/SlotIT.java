package ca.clientele.booking.slot;

import static ca.clientele.booking.CatalogueFixture.WEEKDAYS;
import static ca.clientele.booking.CatalogueFixture.errors;
import static ca.clientele.booking.CatalogueFixture.joined;
import static ca.clientele.booking.CatalogueFixture.ranges;
import static ca.clientele.booking.CatalogueFixture.work;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.CatalogueIT;
import ca.clientele.platform.testing.ApiClient;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Slot computation on a branch in America/Toronto: hours, closures, time off, buffers, travel, notice and advance, and
 * both daylight-saving changes. Appointments come through the {@link BusyTimes} port ({@link SlotTestConfiguration}).
 */
@Import(SlotTestConfiguration.class)
class SlotIT extends CatalogueIT {

    static final String TORONTO = "America/Toronto";
    // Plateau-Mont-Royal; 4.5 km north of it (9 min at 30 km/h, so 10); 13 km south of that (26 min, so 30), 8.5 km
    // from the base.
    static final String BASE = "45.5262, -73.5830";
    static final BigDecimal[] NORTH = {new BigDecimal("45.5667"), new BigDecimal("-73.5830")};
    static final BigDecimal[] SOUTH = {new BigDecimal("45.4498"), new BigDecimal("-73.5830")};

    @Autowired
    SlotTestConfiguration.SettableClock clock;

    @Autowired
    SlotTestConfiguration.ListedBusyTimes busyTimes;

    @Autowired
    Availability availability;

    @BeforeEach
    void setUpClock() {
        clock.set(Instant.parse("2026-10-01T12:00:00Z"));
    }

    @Test
    void slotsFollowTheWorkingHoursOnTheGridCutToTheBranchsOpeningHours() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 0, 0, List.of(branch), tech);
        catalogue.staffHours(
                tech,
                List.of(service),
                work(branch, List.of(DayOfWeek.MONDAY), "09:00-12:00", "13:00-17:00") + ","
                        + work(branch, List.of(DayOfWeek.THURSDAY), "08:00-18:00"),
                null);

        JsonNode days =
                slots(client, service, branch, "2026-10-05", "2026-10-10", "").json();
        assertThat(days.size()).isEqualTo(6);
        List<String> monday = starts(days.get(0));
        // 9:00 EDT is 13:00 UTC; the last 20-minute slot before noon starts at 11:40, after lunch at 13:00.
        assertThat(monday.getFirst()).isEqualTo("2026-10-05T13:00:00Z");
        assertThat(monday).contains("2026-10-05T15:40:00Z").doesNotContain("2026-10-05T15:50:00Z");
        assertThat(monday).noneMatch(start -> start.startsWith("2026-10-05T16:"));
        assertThat(monday).contains("2026-10-05T17:00:00Z");
        assertThat(monday.getLast()).isEqualTo("2026-10-05T20:40:00Z");
        assertThat(monday).hasSize(17 + 23);
        assertThat(days.get(0).get("minutes").asInt()).as("each slot's length").isEqualTo(20);
        assertThat(days.get(0).get("staff").get(0).get("staffName").asString()).isEqualTo("Cynthia Lemay");
        // Thursday: works 8:00-18:00, but the branch opens 9:00-17:00.
        assertThat(starts(days.get(3)).getFirst()).isEqualTo("2026-10-08T13:00:00Z");
        assertThat(starts(days.get(3)).getLast()).isEqualTo("2026-10-08T20:40:00Z");
        // Tuesday, Wednesday: no hours; Saturday: branch closed.
        assertThat(starts(days.get(1))).isEmpty();
        assertThat(starts(days.get(5))).isEmpty();
        assertThat(days.get(5).get("date").asString()).isEqualTo("2026-10-10");
    }

    @Test
    void aClosureEmptiesTheDayAndTimeOffRemovesWhatItOverlaps() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Julien Béliveau");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 0, 0, List.of(branch), tech);
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-17:00"), null);

        ApiClient.Response closed = api.post("/api/branches/" + branch + "/closures", catalogue.admin(), """
                {"date": "2026-10-07", "reason": "Journée de formation"}""");
        assertThat(closed.status()).isEqualTo(201);
        // Tuesday 10:00-11:00 local (EDT) off: entered by the staff member themself.
        ApiClient.Response off = api.post("/api/staff/" + tech + "/time-off", jwts.staff(tech), """
                {"starts": "2026-10-06T14:00:00Z", "ends": "2026-10-06T15:00:00Z", "reason": "Rendez-vous"}""");
        assertThat(off.status()).isEqualTo(201);

        JsonNode days =
                slots(client, service, branch, "2026-10-06", "2026-10-07", "").json();
        List<String> tuesday = starts(days.get(0));
        assertThat(tuesday)
                .contains("2026-10-06T13:40:00Z", "2026-10-06T15:00:00Z")
                .doesNotContain("2026-10-06T13:50:00Z", "2026-10-06T14:00:00Z", "2026-10-06T14:50:00Z");
        assertThat(starts(days.get(1))).isEmpty();
    }

    @Test
    void aChangeOfHoursOrAClosureIsSeenByTheNextSearchDespiteTheRecentCatalogue() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 0, 0, List.of(branch), tech);
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-17:00"), null);
        assertThat(starts(slots(client, service, branch, "2026-10-05", "2026-10-05", "")
                        .json()
                        .get(0)))
                .startsWith("2026-10-05T13:00:00Z");

        // Searched a moment ago (and kept for a few seconds): the new hours still count at once.
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "13:00-17:00"), null);
        assertThat(starts(slots(client, service, branch, "2026-10-05", "2026-10-05", "")
                        .json()
                        .get(0)))
                .startsWith("2026-10-05T17:00:00Z");
        ApiClient.Response closed = api.post("/api/branches/" + branch + "/closures", catalogue.admin(), """
                {"date": "2026-10-05", "reason": "Inventaire"}""");
        assertThat(closed.status()).isEqualTo(201);
        assertThat(starts(slots(client, service, branch, "2026-10-05", "2026-10-05", "")
                        .json()
                        .get(0)))
                .isEmpty();
    }

    @Test
    void extraHoursOpenADayOutsideTheWeeklyHours() {
        UUID branch = catalogue.branch(
                TORONTO,
                joined(ranges(WEEKDAYS, "09:00", "17:00"), ranges(List.of(DayOfWeek.SATURDAY), "10:00", "16:00")));
        UUID tech = catalogue.staffMember("Julien Béliveau");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 0, 0, List.of(branch), tech);
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-17:00"), null);
        // Saturday 10 October, 9:00-12:00: the branch opens at 10:00.
        ApiClient.Response extra =
                api.post("/api/staff/" + tech + "/extra-hours", catalogue.admin(), """
                {"branchId": "%s", "date": "2026-10-10", "starts": "09:00", "ends": "12:00"}""".formatted(branch));
        assertThat(extra.status()).isEqualTo(201);

        JsonNode days =
                slots(client, service, branch, "2026-10-10", "2026-10-17", "").json();
        List<String> saturday = starts(days.get(0));
        assertThat(saturday.getFirst()).isEqualTo("2026-10-10T14:00:00Z");
        assertThat(saturday.getLast()).isEqualTo("2026-10-10T15:40:00Z");
        assertThat(saturday).hasSize(11);
        assertThat(starts(days.get(7))).isEmpty(); // the next Saturday: weekly hours only
    }

    @Test
    void buffersKeepAppointmentsApartAndInsideTheHours() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 10, 10, List.of(branch), tech);
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-17:00"), null);
        // An appointment 10:00-10:20 local blocked 9:50-10:30: a slot ends with its own buffer by 9:50 or starts with
        // it
        // from 10:30.
        busyTimes.add(
                tech,
                busy(
                        "2026-10-05T13:50:00Z",
                        "2026-10-05T14:00:00Z",
                        "2026-10-05T14:20:00Z",
                        "2026-10-05T14:30:00Z",
                        null));

        List<String> monday = starts(slots(client, service, branch, "2026-10-05", "2026-10-05", "")
                .json()
                .get(0));
        assertThat(monday.getFirst()).isEqualTo("2026-10-05T13:10:00Z");
        assertThat(monday)
                .contains("2026-10-05T13:20:00Z", "2026-10-05T14:40:00Z")
                .doesNotContain("2026-10-05T13:30:00Z", "2026-10-05T14:00:00Z", "2026-10-05T14:30:00Z");
        assertThat(monday.getLast()).isEqualTo("2026-10-05T20:30:00Z");
    }

    @Test
    void twoPetsTakeTwiceAsLongForAPerPetService() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 0, 0, List.of(branch), tech);
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-17:00"), null);

        JsonNode day = slots(client, service, branch, "2026-10-05", "2026-10-05", "&pets=2")
                .json()
                .get(0);
        assertThat(day.get("minutes").asInt()).isEqualTo(40);
        assertThat(starts(day).getLast()).isEqualTo("2026-10-05T20:20:00Z");
    }

    @Test
    void homeVisitsCountTravelFromTheBaseAndBetweenVisits() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("HOME", "PER_VISIT", 30, 0, 0, List.of(branch), tech);
        String area = """
                {"baseLatitude": %s, "baseLongitude": %s, "radiusKm": 5, "postalPrefixes": ["h2j"]}""".formatted(BASE.split(", ")[0], BASE.split(", ")[1]);
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-17:00"), area);
        String north = "&latitude=" + NORTH[0] + "&longitude=" + NORTH[1];

        // First visit of the day: 10 minutes from the base point, inside the working hours.
        assertThat(starts(slots(client, service, branch, "2026-10-06", "2026-10-06", north)
                                .json()
                                .get(0))
                        .getFirst())
                .isEqualTo("2026-10-06T13:10:00Z");
        // Only a postal code: the default 15 minutes, then the grid.
        assertThat(starts(slots(client, service, branch, "2026-10-06", "2026-10-06", "&postalCode=H2J%202L3")
                                .json()
                                .get(0))
                        .getFirst())
                .isEqualTo("2026-10-06T13:20:00Z");
        // Outside both the radius and the prefixes: nobody goes there.
        String south = "&latitude=" + SOUTH[0] + "&longitude=" + SOUTH[1] + "&postalCode=H4E%201A1";
        assertThat(starts(slots(client, service, branch, "2026-10-06", "2026-10-06", south)
                        .json()
                        .get(0)))
                .isEmpty();

        // A visit 13 km south on Monday 10:00-10:30: 30 minutes to come back north after it, and a visit before it
        // must leave 30 minutes to get there.
        busyTimes.add(
                tech,
                busy(
                        "2026-10-05T14:00:00Z",
                        "2026-10-05T14:00:00Z",
                        "2026-10-05T14:30:00Z",
                        "2026-10-05T14:30:00Z",
                        SOUTH));
        List<String> monday = starts(slots(client, service, branch, "2026-10-05", "2026-10-05", north)
                .json()
                .get(0));
        assertThat(monday.getFirst()).isEqualTo("2026-10-05T15:00:00Z");
    }

    @Test
    void clientsBookFromTheMinimumNoticeUpToTheMaximumAdvanceAndStaffBeyondIt() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 0, 0, List.of(branch), tech);
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-17:00"), null);
        clock.set(Instant.parse("2026-10-05T12:00:00Z")); // Monday 8:00 EDT: two hours' notice → 10:00

        assertThat(starts(slots(client, service, branch, "2026-10-05", "2026-10-05", "")
                                .json()
                                .get(0))
                        .getFirst())
                .isEqualTo("2026-10-05T14:00:00Z");
        assertThat(starts(slots(staff, service, branch, "2026-10-05", "2026-10-05", "")
                                .json()
                                .get(0))
                        .getFirst())
                .isEqualTo("2026-10-05T14:00:00Z");
        // 90 days ahead ends on 2027-01-03 at 12:00 UTC: Friday 1st yes, Monday 4th no (for clients).
        JsonNode far =
                slots(client, service, branch, "2027-01-01", "2027-01-04", "").json();
        assertThat(starts(far.get(0))).isNotEmpty();
        assertThat(starts(far.get(3))).isEmpty();
        assertThat(starts(slots(staff, service, branch, "2027-01-04", "2027-01-04", "")
                        .json()
                        .get(0)))
                .isNotEmpty();
    }

    @Test
    void theNovemberChangeMakesItsSundayAnHourLongerAndMovesNineOClockInUtc() {
        clock.set(Instant.parse("2026-10-20T12:00:00Z"));
        JsonNode found = nightAndDaySlots("2026-10-30", "2026-11-02");
        assertThat(starts(found.get(0)).getFirst()).isEqualTo("2026-10-30T13:00:00Z"); // 9:00 EDT
        assertThat(starts(found.get(3)).getFirst()).isEqualTo("2026-11-02T14:00:00Z"); // 9:00 EST
        // Sunday 1 November, 0:00 EDT to 4:00 EST: five hours, so (300 − 20) / 10 + 1 slots, 1:00 to 1:50 twice.
        List<String> sunday = starts(found.get(2));
        assertThat(sunday).hasSize(29);
        assertThat(sunday.getFirst()).isEqualTo("2026-11-01T04:00:00Z");
        assertThat(sunday.getLast()).isEqualTo("2026-11-01T08:40:00Z");
        assertThat(sunday).contains("2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z");
        assertThat(localTimes(sunday)).allMatch(time -> time.getMinute() % 10 == 0);
        assertThat(localTimes(sunday).stream().filter(time -> time.equals(LocalTime.of(1, 0))))
                .hasSize(2);
    }

    @Test
    void theMarchChangeMakesItsSundayAnHourShorterWithNoSlotInTheGap() {
        clock.set(Instant.parse("2026-03-01T12:00:00Z"));
        JsonNode found = nightAndDaySlots("2026-03-06", "2026-03-09");
        assertThat(starts(found.get(0)).getFirst()).isEqualTo("2026-03-06T14:00:00Z"); // 9:00 EST
        assertThat(starts(found.get(3)).getFirst()).isEqualTo("2026-03-09T13:00:00Z"); // 9:00 EDT
        // Sunday 8 March, 0:00 EST to 4:00 EDT: three hours; 2:00-3:00 local does not exist.
        List<String> sunday = starts(found.get(2));
        assertThat(sunday).hasSize(17);
        assertThat(sunday.getFirst()).isEqualTo("2026-03-08T05:00:00Z");
        assertThat(sunday.getLast()).isEqualTo("2026-03-08T07:40:00Z");
        assertThat(localTimes(sunday)).noneMatch(time -> time.getHour() == 2);
        assertThat(localTimes(sunday)).contains(LocalTime.of(1, 50), LocalTime.of(3, 0));
    }

    @Test
    void theCheckOfOneStartNamesWhatIsWrongAndGivesTheBlockedRange() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID other = catalogue.staffMember("Julien Béliveau");
        UUID home = catalogue.service("HOME", "PER_VISIT", 30, 0, 10, List.of(branch), tech);
        String area = """
                {"baseLatitude": 45.5262, "baseLongitude": -73.5830, "radiusKm": 5}""";
        catalogue.staffHours(tech, List.of(home), work(branch, WEEKDAYS, "09:00-17:00"), area);
        api.post("/api/staff/" + tech + "/time-off", catalogue.admin(), """
                {"starts": "2026-10-07T13:00:00Z", "ends": "2026-10-07T21:00:00Z"}""");
        api.post("/api/branches/" + branch + "/closures", catalogue.admin(), """
                {"date": "2026-10-09", "reason": "Fermé"}""");

        SlotCheck ok = availability.check(request(home, branch, tech, "2026-10-05T14:00:00Z", NORTH, false));
        assertThat(ok.ok()).isTrue();
        assertThat(ok.problemCode()).isNull();
        assertThat(ok.end()).isEqualTo(Instant.parse("2026-10-05T14:30:00Z"));
        assertThat(ok.travelMinutes()).isEqualTo(10);
        assertThat(ok.blockedFrom()).isEqualTo(Instant.parse("2026-10-05T13:50:00Z"));
        assertThat(ok.blockedUntil()).isEqualTo(Instant.parse("2026-10-05T14:40:00Z"));
        assertThat(ok.branchZone()).isEqualTo(ZoneId.of(TORONTO));

        assertThat(problem(request(home, branch, tech, "2026-10-05T12:30:00Z", NORTH, false)))
                .isEqualTo(SlotProblem.OUTSIDE_HOURS);
        assertThat(problem(request(home, branch, tech, "2026-10-07T15:00:00Z", NORTH, false)))
                .isEqualTo(SlotProblem.TIME_OFF);
        assertThat(problem(request(home, branch, tech, "2026-10-09T15:00:00Z", NORTH, false)))
                .isEqualTo(SlotProblem.CLOSED);
        assertThat(problem(request(home, branch, other, "2026-10-05T14:00:00Z", NORTH, false)))
                .isEqualTo(SlotProblem.NOT_QUALIFIED);
        assertThat(problem(request(home, branch, tech, "2026-10-05T14:00:00Z", SOUTH, false)))
                .isEqualTo(SlotProblem.OUTSIDE_AREA);
        assertThat(problem(request(home, branch, tech, "2026-10-01T13:00:00Z", NORTH, false)))
                .isEqualTo(SlotProblem.TOO_SOON);
        assertThat(problem(request(home, branch, tech, "2027-01-05T15:00:00Z", NORTH, false)))
                .isEqualTo(SlotProblem.TOO_FAR);
        assertThat(problem(request(home, branch, tech, "2027-01-05T15:00:00Z", NORTH, true)))
                .isNull();
        assertThat(problem(request(UUID.randomUUID(), branch, tech, "2026-10-05T14:00:00Z", NORTH, false)))
                .isEqualTo(SlotProblem.SERVICE_INACTIVE);
    }

    @Test
    void badQueriesAreProblemsNamingTheField() {
        UUID branch = catalogue.branch(TORONTO, ranges(WEEKDAYS, "09:00", "17:00"));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID home = catalogue.service("HOME", "PER_VISIT", 30, 0, 0, List.of(branch), tech);

        ApiClient.Response missing = api.get("/api/slots?from=2026-10-05&to=2026-10-06", client);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(errors(missing)).containsOnlyKeys("serviceId", "branchId");

        ApiClient.Response unknown = slots(client, UUID.randomUUID(), branch, "2026-10-05", "2026-10-06", "");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errors(unknown)).containsOnlyKeys("serviceId");
        assertThat(unknown.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Service inconnu ou non offert.");

        ApiClient.Response tooLong = slots(client, home, branch, "2026-10-01", "2026-11-01", "&postalCode=H2J2L3");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(errors(tooLong)).containsOnlyKeys("to");

        ApiClient.Response noAddress = api.send(
                "GET",
                "/api/slots?serviceId=%s&branchId=%s&from=2026-10-05&to=2026-10-05&pets=7".formatted(home, branch),
                client,
                null,
                "en");
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(errors(noAddress)).containsOnlyKeys("pets", "postalCode");
        assertThat(noAddress.body()).contains("A home visit needs the address");

        assertThat(api.get("/api/slots?serviceId=x", client).status()).isEqualTo(400);
    }

    /**
     * Staff's slots from a Friday to a Monday at a branch open (and a staff member working) Sunday 0:00-4:00, Monday
     * and Friday 9:00-17:00.
     */
    private JsonNode nightAndDaySlots(String friday, String monday) {
        UUID branch = catalogue.branch(
                TORONTO,
                joined(
                        ranges(List.of(DayOfWeek.SUNDAY), "00:00", "04:00"),
                        ranges(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "09:00", "17:00")));
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("IN_STORE", "PER_PET", 20, 0, 0, List.of(branch), tech);
        catalogue.staffHours(
                tech,
                List.of(service),
                work(branch, List.of(DayOfWeek.SUNDAY), "00:00-04:00") + ","
                        + work(branch, List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "09:00-17:00"),
                null);
        return slots(staff, service, branch, friday, monday, "").json();
    }

    private ApiClient.Response slots(String token, UUID service, UUID branch, String from, String to, String extra) {
        return api.get(
                "/api/slots?serviceId=%s&branchId=%s&from=%s&to=%s%s".formatted(service, branch, from, to, extra),
                token);
    }

    private static SlotRequest request(
            UUID service, UUID branch, UUID staffId, String start, BigDecimal[] point, boolean staff) {
        return new SlotRequest(
                service, branch, staffId, Instant.parse(start), 1, point[0], point[1], null, staff, null);
    }

    private SlotProblem problem(SlotRequest request) {
        return availability.check(request).problemCode();
    }

    private static Busy busy(String blockedFrom, String start, String end, String blockedUntil, BigDecimal[] point) {
        return new Busy(
                UUID.randomUUID(),
                Instant.parse(blockedFrom),
                Instant.parse(blockedUntil),
                Instant.parse(start),
                Instant.parse(end),
                point == null ? null : point[0],
                point == null ? null : point[1]);
    }

    /** Every free start of the day (of every staff member), in order. */
    private static List<String> starts(JsonNode day) {
        return day.get("staff")
                .valueStream()
                .flatMap(member -> member.get("starts").valueStream())
                .map(JsonNode::asString)
                .sorted()
                .toList();
    }

    private static List<LocalTime> localTimes(List<String> starts) {
        return starts.stream()
                .map(start -> Instant.parse(start).atZone(ZoneId.of(TORONTO)).toLocalTime())
                .toList();
    }
}
