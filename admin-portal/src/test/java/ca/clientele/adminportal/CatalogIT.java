package ca.clientele.adminportal;

import static ca.clientele.adminportal.BookingFixtures.BRANCH;
import static ca.clientele.adminportal.BookingFixtures.BRANCHES;
import static ca.clientele.adminportal.BookingFixtures.CLOSURES;
import static ca.clientele.adminportal.BookingFixtures.CLOSURE_ID;
import static ca.clientele.adminportal.BookingFixtures.CYNTHIA;
import static ca.clientele.adminportal.BookingFixtures.CYNTHIA_STAFF;
import static ca.clientele.adminportal.BookingFixtures.EXTRA_HOURS;
import static ca.clientele.adminportal.BookingFixtures.EXTRA_HOURS_ID;
import static ca.clientele.adminportal.BookingFixtures.HOME_VISITS;
import static ca.clientele.adminportal.BookingFixtures.HOME_VISITS_SERVICE;
import static ca.clientele.adminportal.BookingFixtures.JULIEN;
import static ca.clientele.adminportal.BookingFixtures.NAIL_TRIM;
import static ca.clientele.adminportal.BookingFixtures.SERVICES;
import static ca.clientele.adminportal.BookingFixtures.STAFF;
import static ca.clientele.adminportal.BookingFixtures.STAFF_ACCOUNTS;
import static ca.clientele.adminportal.BookingFixtures.TIME_OFF;
import static ca.clientele.adminportal.BookingFixtures.TIME_OFF_ID;
import static ca.clientele.adminportal.BookingFixtures.VACCINES;
import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.MONTREAL_BRANCH;
import static ca.clientele.adminportal.Pages.admin;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The catalogue behind the timesheet: services (staff edit them), staff members and branches
 * (administrators edit them; other staff read them and get the 403 page for a write).
 */
class CatalogIT extends PortalIT {

    static void stubCatalog() {
        reply("GET", "/api/branches", 200, BRANCHES);
        reply("GET", "/api/branches/" + MONTREAL_BRANCH, 200, BRANCH);
        reply("GET", "/api/staff", 200, STAFF);
        reply("GET", "/api/staff/" + CYNTHIA, 200, CYNTHIA_STAFF);
        reply("GET", "/api/services", 200, SERVICES);
        reply("GET", "/api/services/" + HOME_VISITS, 200, HOME_VISITS_SERVICE);
        reply("GET", "/api/services/vaccines", 200, VACCINES);
    }

    @Test
    void theServicesAreListedWithDurationPricePlaceStaffAndVaccines() throws Exception {
        stubCatalog();

        Document page = html(mvc.perform(get("/catalog/services").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        var rows = page.select("[data-testid=service-row]");
        assertThat(rows).hasSize(2);
        Element nails = rows.getFirst();
        assertThat(nails.attr("data-service-id")).isEqualTo(NAIL_TRIM);
        assertThat(testId(nails, "service-duration").text()).isEqualTo("20 min");
        assertThat(testId(nails, "service-price").text()).isEqualTo("35,00 $ par animal + taxes");
        assertThat(nails.text()).contains("En succursale", "Montréal — Plateau", "Cynthia Lemay, Julien Béliveau");
        assertThat(rows.get(1).text()).contains("45,00 $ par visite + taxes", "À domicile", "Rage");
        assertThat(query(sent("GET", "/api/services"))).isEqualTo("includeInactive=true");
        assertThat(query(sent("GET", "/api/staff"))).isEqualTo("includeInactive=true");
    }

    @Test
    void aNewServiceIsSentWhole() throws Exception {
        stubCatalog();
        reply("POST", "/api/services", 201, HOME_VISITS_SERVICE);

        Document form = html(mvc.perform(get("/catalog/services/new").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(form, "service-place").select("option").eachText())
                .containsExactly("En succursale", "À domicile");
        assertThat(testId(form, "service-vaccine-RABIES").parent().text()).isEqualTo("Rage");

        mvc.perform(typed(
                        post("/catalog/services").with(staff()),
                        "code=HOME-VISITS",
                        "nameFr=Visites à domicile",
                        "nameEn=Home visits",
                        "descriptionFr=Chez vous.",
                        "descriptionEn=At your place.",
                        "durationMinutes=30",
                        "price=45,00",
                        "taxable=true",
                        "_taxable=on",
                        "place=HOME",
                        "pricing=PER_VISIT",
                        "bufferBeforeMinutes=0",
                        "bufferAfterMinutes=5",
                        "branchIds=" + MONTREAL_BRANCH,
                        "staffIds=" + CYNTHIA,
                        "requiredVaccines=RABIES",
                        "active=true",
                        "_active=on",
                        "version=0"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/catalog/services?done=created"));

        assertThat(sentJson("POST", "/api/services")).isEqualTo(json("""
                        {"code":"HOME-VISITS","nameFr":"Visites à domicile","nameEn":"Home visits",
                         "descriptionFr":"Chez vous.","descriptionEn":"At your place.","durationMinutes":30,"price":45.00,
                         "taxable":true,"place":"HOME","pricing":"PER_VISIT","bufferBeforeMinutes":0,"bufferAfterMinutes":5,
                         "branchIds":["%s"],"staffIds":["%s"],"requiredVaccines":["RABIES"],"active":true,"version":0}""".formatted(MONTREAL_BRANCH, CYNTHIA)));
    }

    @Test
    void aServiceRefusedOrChangedMeanwhileShowsWhyWithWhatWasTyped() throws Exception {
        stubCatalog();
        Document form = html(mvc.perform(get("/catalog/services/" + HOME_VISITS).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(form, "service-nameEn").val()).isEqualTo("Home visits");
        assertThat(testId(form, "service-vaccine-RABIES").hasAttr("checked")).isTrue();

        Document tooShort = saveHomeVisits(400, "durationMinutes=2");
        assertThat(fieldError(tooShort, "service-durationMinutes")).isNotBlank();
        assertThat(calls("PUT", "/api/services/" + HOME_VISITS)).isEmpty();

        reply("PUT", "/api/services/" + HOME_VISITS, 400, invalid("price", "Le prix doit être positif."));
        Document refused = saveHomeVisits(400, "durationMinutes=30");
        assertThat(fieldError(refused, "service-price")).isEqualTo("Le prix doit être positif.");

        reply("PUT", "/api/services/" + HOME_VISITS, 409, CONFLICT);
        Document stale = saveHomeVisits(409, "durationMinutes=30");
        assertThat(testId(stale, "conflict-message")).isNotNull();
        assertThat(testId(stale, "service-nameFr").val()).isEqualTo("Visites");
    }

    /** The home visits' edit form posted with this duration, the other fields as a staff member typed them. */
    private Document saveHomeVisits(int status, String duration) throws Exception {
        return submit(
                post("/catalog/services/" + HOME_VISITS).with(staff()),
                status,
                "code=HOME-VISITS",
                "nameFr=Visites",
                "nameEn=Visits",
                duration,
                "price=45",
                "place=HOME",
                "pricing=PER_VISIT",
                "bufferBeforeMinutes=0",
                "bufferAfterMinutes=0",
                "_taxable=on",
                "_active=on",
                "version=0");
    }

    @Test
    void anAdministratorLinksAStaffAccountNotLinkedYet() throws Exception {
        stubCatalog();
        reply("GET", "/api/clients/staff-accounts", 200, STAFF_ACCOUNTS);
        reply("POST", "/api/staff", 201, CYNTHIA_STAFF.replace(CYNTHIA, "a0000000-0000-4000-8000-000000000003"));

        Document page = html(mvc.perform(get("/timesheet/staff").with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("[data-testid=staff-row]").eachAttr("data-staff-id"))
                .containsExactly(CYNTHIA, JULIEN);
        // Cynthia's account is linked already: only Maude's is offered.
        assertThat(testId(page, "new-staff-userId").select("option").eachText())
                .containsExactly("—", "Maude Gagnon (maude@clientele.test)");

        mvc.perform(typed(post("/timesheet/staff").with(admin()), "userId=a0000000-0000-4000-8000-000000000003"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/staff/a0000000-0000-4000-8000-000000000003?done=added"));
        assertThat(sentJson("POST", "/api/staff")).isEqualTo(json("""
                        {"id":"a0000000-0000-4000-8000-000000000003","name":"Maude Gagnon","email":"maude@clientele.test"}"""));
    }

    @Test
    void staffWithoutTheAdminRoleReadTheStaffButAreRefusedEveryWrite() throws Exception {
        stubCatalog();
        reply("GET", "/api/staff/" + CYNTHIA + "/time-off", 200, TIME_OFF);
        reply("GET", "/api/staff/" + CYNTHIA + "/extra-hours", 200, EXTRA_HOURS);

        Document list = html(mvc.perform(get("/timesheet/staff").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("[data-testid=form-new-staff]")).isEmpty();
        Document member = html(mvc.perform(get("/timesheet/staff/" + CYNTHIA).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(member, "staff-read-only").text())
                .isEqualTo(
                        "Seuls les administrateurs modifient l’horaire, les services, les congés et les heures supplémentaires.");
        assertThat(
                        member.select(
                                "[data-testid=form-time-off], [data-testid=staff-save], [data-testid=form-extra-hours], [data-testid=extra-hours-delete]"))
                .isEmpty();
        assertThat(testId(member, "extra-hours-entry").text()).contains("26 décembre 2026");

        Document refused =
                html(mvc.perform(typed(post("/timesheet/staff/" + CYNTHIA).with(staff()), "version=3"))
                        .andExpect(status().isForbidden())
                        .andReturn());
        assertThat(testId(refused, "error")).isNotNull();
        mvc.perform(post("/timesheet/staff/" + CYNTHIA + "/time-off/" + TIME_OFF_ID + "/delete")
                        .with(staff()))
                .andExpect(status().isForbidden());
        mvc.perform(typed(
                        post("/catalog/branches/" + MONTREAL_BRANCH + "/closures")
                                .with(staff()),
                        "date=2026-12-25"))
                .andExpect(status().isForbidden());
        mvc.perform(typed(
                        post("/timesheet/staff/" + CYNTHIA + "/extra-hours").with(staff()),
                        "branchId=" + MONTREAL_BRANCH,
                        "date=2026-12-26",
                        "starts=10:00",
                        "ends=14:00"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/timesheet/staff/" + CYNTHIA + "/extra-hours/" + EXTRA_HOURS_ID + "/delete")
                        .with(staff()))
                .andExpect(status().isForbidden());
        assertThat(calls("PUT", "/api/staff/" + CYNTHIA)).isEmpty();
        assertThat(calls("POST", "/api/staff/" + CYNTHIA + "/extra-hours")).isEmpty();
        assertThat(calls("DELETE", "/api/staff/" + CYNTHIA + "/extra-hours/" + EXTRA_HOURS_ID))
                .isEmpty();
        assertThat(calls("DELETE", "/api/staff/" + CYNTHIA + "/time-off/" + TIME_OFF_ID))
                .isEmpty();
        assertThat(calls("POST", "/api/branches/" + MONTREAL_BRANCH + "/closures"))
                .isEmpty();
    }

    @Test
    void anAdministratorChangesHoursServicesHomeAreaAndTimeOff() throws Exception {
        stubCatalog();
        reply("GET", "/api/staff/" + CYNTHIA + "/time-off", 200, TIME_OFF);
        reply("PUT", "/api/staff/" + CYNTHIA, 200, CYNTHIA_STAFF);
        reply("POST", "/api/staff/" + CYNTHIA + "/time-off", 201, "{\"id\":\"" + TIME_OFF_ID + "\"}");
        reply("DELETE", "/api/staff/" + CYNTHIA + "/time-off/" + TIME_OFF_ID, 204, "");

        Document page = html(mvc.perform(get("/timesheet/staff/" + CYNTHIA).with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        // Her two ranges, then three blank rows for new ones.
        assertThat(page.select("[data-testid=hours-row]")).hasSize(5);
        assertThat(testId(page, "hours-0-starts").val()).isEqualTo("09:00");
        assertThat(testId(page, "staff-postalPrefixes").val()).isEqualTo("H2J, H2T");
        assertThat(testId(page, "time-off-entry").text()).contains("2026-12-24 09:00 – 2026-12-26 17:00", "Vacances");

        mvc.perform(typed(
                        post("/timesheet/staff/" + CYNTHIA).with(admin()),
                        "name=Cynthia Lemay",
                        "email=cynthia@clientele.test",
                        "active=true",
                        "_active=on",
                        "serviceIds=" + NAIL_TRIM,
                        "hours[0].branchId=" + MONTREAL_BRANCH,
                        "hours[0].dayOfWeek=THURSDAY",
                        "hours[0].starts=09:00",
                        "hours[0].ends=17:00",
                        "hours[1].branchId=",
                        "hours[1].dayOfWeek=",
                        "hours[1].starts=",
                        "hours[1].ends=",
                        "baseLatitude=45,5262",
                        "baseLongitude=-73,583",
                        "radiusKm=",
                        "postalPrefixes=h2j, H2W",
                        "version=3"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/staff/" + CYNTHIA + "?done=saved"));
        assertThat(sentJson("PUT", "/api/staff/" + CYNTHIA)).isEqualTo(json("""
                        {"name":"Cynthia Lemay","email":"cynthia@clientele.test","hours":[{"branchId":"%s","dayOfWeek":"THURSDAY","starts":"09:00","ends":"17:00"}],
                         "serviceIds":["%s"],
                         "homeArea":{"baseLatitude":45.5262,"baseLongitude":-73.583,"radiusKm":null,"postalPrefixes":["H2J","H2W"]},
                         "active":true,"version":3}""".formatted(MONTREAL_BRANCH, NAIL_TRIM)));

        mvc.perform(typed(
                        post("/timesheet/staff/" + CYNTHIA + "/time-off").with(admin()),
                        "startsOn=2026-12-24",
                        "startsAt=09:00",
                        "endsOn=2026-12-26",
                        "endsAt=17:00",
                        "reason=Vacances"))
                .andExpect(status().isSeeOther());
        assertThat(sentJson("POST", "/api/staff/" + CYNTHIA + "/time-off")).isEqualTo(json("""
                        {"starts":"2026-12-24T14:00:00Z","ends":"2026-12-26T22:00:00Z","reason":"Vacances"}"""));

        mvc.perform(post("/timesheet/staff/" + CYNTHIA + "/time-off/" + TIME_OFF_ID + "/delete")
                        .with(admin()))
                .andExpect(status().isSeeOther());
        assertThat(calls("DELETE", "/api/staff/" + CYNTHIA + "/time-off/" + TIME_OFF_ID))
                .hasSize(1);
    }

    @Test
    void anAdministratorAddsAndRemovesExtraHoursAndSeesBookingServicesRefusalNextToTheField() throws Exception {
        stubCatalog();
        reply("GET", "/api/staff/" + CYNTHIA + "/time-off", 200, "[]");
        reply("GET", "/api/staff/" + CYNTHIA + "/extra-hours", 200, EXTRA_HOURS);
        reply("POST", "/api/staff/" + CYNTHIA + "/extra-hours", 201, "{\"id\":\"" + EXTRA_HOURS_ID + "\"}");
        reply("DELETE", "/api/staff/" + CYNTHIA + "/extra-hours/" + EXTRA_HOURS_ID, 204, "");

        Document page = html(mvc.perform(get("/timesheet/staff/" + CYNTHIA).with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "extra-hours-entry").text())
                .isEqualTo("26 décembre 2026, 10 h – 14 h · Montréal — Plateau Retirer");
        assertThat(testId(page, "extra-hours-delete").attr("aria-label"))
                .isEqualTo("Retirer les heures supplémentaires du 26 décembre 2026");
        assertThat(page.selectFirst("label[for=extra-hours-branchId]")).isNotNull();
        assertThat(testId(page, "extra-hours-starts").val()).isEqualTo("09:00");

        mvc.perform(typed(
                        post("/timesheet/staff/" + CYNTHIA + "/extra-hours").with(admin()),
                        "branchId=" + MONTREAL_BRANCH,
                        "date=2026-12-26",
                        "starts=10:00",
                        "ends=14:00"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/timesheet/staff/" + CYNTHIA + "?done=extra-hours-added#extra-hours"));
        assertThat(sentJson("POST", "/api/staff/" + CYNTHIA + "/extra-hours"))
                .isEqualTo(json("""
                        {"branchId":"%s","date":"2026-12-26","starts":"10:00","ends":"14:00"}""".formatted(MONTREAL_BRANCH)));

        Document missing = submit(
                post("/timesheet/staff/" + CYNTHIA + "/extra-hours").with(admin()),
                400,
                "branchId=",
                "date=",
                "starts=10:00",
                "ends=14:00");
        assertThat(fieldError(missing, "extra-hours-branchId")).isNotBlank();
        assertThat(fieldError(missing, "extra-hours-date")).isNotBlank();
        assertThat(calls("POST", "/api/staff/" + CYNTHIA + "/extra-hours")).hasSize(1);

        reply(
                "POST",
                "/api/staff/" + CYNTHIA + "/extra-hours",
                400,
                invalid("ends", "La fin doit venir après le début."));
        Document refused = submit(
                post("/timesheet/staff/" + CYNTHIA + "/extra-hours").with(admin()),
                400,
                "branchId=" + MONTREAL_BRANCH,
                "date=2026-12-26",
                "starts=14:00",
                "ends=10:00");
        assertThat(fieldError(refused, "extra-hours-ends")).isEqualTo("La fin doit venir après le début.");
        assertThat(testId(refused, "extra-hours-starts").val()).isEqualTo("14:00");
        assertThat(testId(refused, "extra-hours-date").val()).isEqualTo("2026-12-26");

        mvc.perform(post("/timesheet/staff/" + CYNTHIA + "/extra-hours/" + EXTRA_HOURS_ID + "/delete")
                        .with(admin()))
                .andExpect(status().isSeeOther())
                .andExpect(
                        redirectedUrl("/admin/timesheet/staff/" + CYNTHIA + "?done=extra-hours-removed#extra-hours"));
        assertThat(calls("DELETE", "/api/staff/" + CYNTHIA + "/extra-hours/" + EXTRA_HOURS_ID))
                .hasSize(1);
    }

    @Test
    void anAdministratorSetsABranchsHoursAndClosures() throws Exception {
        stubCatalog();
        reply("GET", "/api/branches/" + MONTREAL_BRANCH + "/closures", 200, CLOSURES);
        reply("PUT", "/api/branches/" + MONTREAL_BRANCH + "/hours", 200, BRANCH);
        reply("POST", "/api/branches/" + MONTREAL_BRANCH + "/closures", 201, "{\"id\":\"" + CLOSURE_ID + "\"}");

        Document page =
                html(mvc.perform(get("/catalog/branches/" + MONTREAL_BRANCH).with(admin()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.select("[data-testid=hours-day]")).hasSize(7);
        assertThat(testId(page, "hours-SATURDAY-0-opens").val()).isEqualTo("10:00");
        assertThat(testId(page, "hours-SUNDAY-0-opens").val()).isEmpty();
        assertThat(testId(page, "closure").text()).contains("25 décembre 2026", "Noël");

        mvc.perform(typed(
                        post("/catalog/branches/" + MONTREAL_BRANCH + "/hours").with(admin()),
                        "version=4",
                        "days[0].dayOfWeek=MONDAY",
                        "days[0].ranges[0].opens=09:00",
                        "days[0].ranges[0].closes=12:00",
                        "days[0].ranges[1].opens=13:00",
                        "days[0].ranges[1].closes=17:00",
                        "days[1].dayOfWeek=SUNDAY",
                        "days[1].ranges[0].opens=",
                        "days[1].ranges[0].closes="))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/catalog/branches/" + MONTREAL_BRANCH + "?done=hours"));
        assertThat(sentJson("PUT", "/api/branches/" + MONTREAL_BRANCH + "/hours"))
                .isEqualTo(json("""
                        {"hours":[{"dayOfWeek":"MONDAY","opens":"09:00","closes":"12:00"},
                                  {"dayOfWeek":"MONDAY","opens":"13:00","closes":"17:00"}],"version":4}"""));

        mvc.perform(typed(
                        post("/catalog/branches/" + MONTREAL_BRANCH + "/closures")
                                .with(admin()),
                        "date=2026-12-25",
                        "reason=Noël"))
                .andExpect(status().isSeeOther());
        assertThat(sentJson("POST", "/api/branches/" + MONTREAL_BRANCH + "/closures"))
                .isEqualTo(json("{\"date\":\"2026-12-25\",\"reason\":\"Noël\"}"));
    }
}
