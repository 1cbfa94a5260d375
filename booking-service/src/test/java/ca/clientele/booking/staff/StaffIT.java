package ca.clientele.booking.staff;

import static ca.clientele.booking.CatalogueFixture.WEEKDAYS;
import static ca.clientele.booking.CatalogueFixture.errors;
import static ca.clientele.booking.CatalogueFixture.ranges;
import static ca.clientele.booking.CatalogueFixture.work;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.booking.CatalogueIT;
import ca.clientele.platform.testing.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StaffIT extends CatalogueIT {

    @Autowired
    StaffDirectory directory;

    UUID branch;

    @BeforeEach
    void setUpBranch() {
        branch = catalogue.branch("America/Montreal", ranges(WEEKDAYS, "09:00", "17:00"));
    }

    @Test
    void anAdministratorSetsHoursServicesAndAHomeAreaThatStaffRead() {
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        UUID service = catalogue.service("HOME", "PER_VISIT", 30, 0, 0, List.of(branch));
        catalogue.staffHours(tech, List.of(service), work(branch, WEEKDAYS, "09:00-12:00", "13:00-17:00"), """
                {"baseLatitude": 45.5262, "baseLongitude": -73.5830, "postalPrefixes": ["h2j", "H2T"]}""");

        JsonNode member = api.get("/api/staff/" + tech, staff).json();
        assertThat(member.get("name").asString()).isEqualTo("Cynthia Lemay");
        assertThat(member.get("hours").size()).isEqualTo(10);
        assertThat(member.get("hours").get(0).get("dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(member.get("hours").get(0).get("starts").asString()).isEqualTo("09:00");
        assertThat(member.get("homeArea").get("postalPrefixes").toString()).isEqualTo("[\"H2J\",\"H2T\"]");
        assertThat(member.get("serviceIds").get(0).asString()).isEqualTo(service.toString());
        assertThat(member.get("version").asLong()).isEqualTo(1);
        // The service sees the same link from its side.
        assertThat(api.get("/api/services/" + service, staff)
                        .json()
                        .get("staffIds")
                        .get(0)
                        .asString())
                .isEqualTo(tech.toString());
        assertThat(ids(api.get("/api/staff?serviceId=" + service, staff))).containsExactly(tech.toString());

        StaffProfile profile = directory.find(tech).orElseThrow();
        assertThat(profile.homeArea().coversPostalCode("h2j 2l3")).isTrue();
        assertThat(profile.homeArea().coversPostalCode("H3A 1A1")).isFalse();
    }

    @Test
    void clientsSeeNoStaffAndOnlyAnAdministratorAddsOrChangesThem() {
        UUID tech = catalogue.staffMember("Julien Béliveau");
        assertThat(api.get("/api/staff", client).status()).isEqualTo(403);
        assertThat(api.get("/api/staff/" + tech, client).status()).isEqualTo(403);
        ApiClient.Response byStaff = api.post("/api/staff", staff, """
                {"id": "%s", "name": "Pirate"}""".formatted(UUID.randomUUID()));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(api.put("/api/staff/" + tech, staff, """
                        {"name": "Pirate", "active": true, "serviceIds": [], "hours": [], "version": 0}""").status()).isEqualTo(403);
        ApiClient.Response twice = api.post("/api/staff", catalogue.admin(), """
                {"id": "%s", "name": "Julien Béliveau"}""".formatted(tech));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).isEqualTo("Ce compte est déjà membre du personnel.");
    }

    @Test
    void overlappingHoursUnknownBranchesAndAHalfBasePointAreRefused() {
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        ApiClient.Response invalid = api.put("/api/staff/" + tech, catalogue.admin(), """
                {"name": "Cynthia Lemay", "active": true, "serviceIds": [],
                 "hours": [%s, %s, %s],
                 "homeArea": {"baseLatitude": 45.5, "radiusKm": 5, "postalPrefixes": ["H2J 2L3"]}, "version": 0}""".formatted(
                        work(branch, List.of(DayOfWeek.MONDAY), "09:00-12:00"),
                        work(UUID.randomUUID(), List.of(DayOfWeek.MONDAY), "11:00-13:00"),
                        work(branch, List.of(DayOfWeek.TUESDAY), "17:00-09:00")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(errors(invalid))
                .containsOnlyKeys("hours[1]", "hours[2]", "homeArea.baseLongitude", "homeArea.postalPrefixes[0]")
                .containsEntry("hours[1]", "Cette plage chevauche une autre plage de la même journée.")
                .containsEntry("hours[2]", "La fin doit venir après le début.");

        ApiClient.Response unknownBranch = api.put("/api/staff/" + tech, catalogue.admin(), """
                {"name": "Cynthia Lemay", "active": true, "serviceIds": ["%s"], "hours": [%s], "version": 0}""".formatted(
                        UUID.randomUUID(), work(UUID.randomUUID(), List.of(DayOfWeek.MONDAY), "09:00-12:00")));
        assertThat(unknownBranch.status()).isEqualTo(400);
        assertThat(errors(unknownBranch)).containsOnlyKeys("serviceIds[0]", "hours[0].branchId");
        assertThat(api.get("/api/staff/" + tech, staff).json().get("version").asLong())
                .isZero();
    }

    @Test
    void timeOffIsKeptByTheMemberOrAnAdministratorWithItsReasonEncrypted() {
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        ApiClient.Response byColleague = api.post("/api/staff/" + tech + "/time-off", staff, """
                {"starts": "2026-12-24T05:00:00Z", "ends": "2026-12-27T05:00:00Z"}""");
        assertThat(byColleague.status()).isEqualTo(403);

        ApiClient.Response own = api.post("/api/staff/" + tech + "/time-off", jwts.staff(tech), """
                {"starts": "2026-12-24T05:00:00Z", "ends": "2026-12-27T05:00:00Z", "reason": "Rendez-vous médical"}""");
        assertThat(own.status()).isEqualTo(201);
        String id = own.json().get("id").asString();
        JsonNode listed = api.get("/api/staff/" + tech + "/time-off", staff).json();
        assertThat(listed.get(0).get("reason").asString()).isEqualTo("Rendez-vous médical");
        byte[] stored = jdbc.sql("select reason from staff_time_off where id = ?::uuid")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Rendez-vous");
        assertThat(directory.timeOff(
                        tech, Instant.parse("2026-12-25T00:00:00Z"), Instant.parse("2026-12-26T00:00:00Z")))
                .hasSize(1);

        ApiClient.Response backwards = api.post("/api/staff/" + tech + "/time-off", catalogue.admin(), """
                {"starts": "2026-12-27T05:00:00Z", "ends": "2026-12-24T05:00:00Z"}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(errors(backwards)).containsOnlyKeys("ends");

        assertThat(api.send("DELETE", "/api/staff/" + tech + "/time-off/" + id, catalogue.admin(), null, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/staff/" + tech + "/time-off", staff).json().size())
                .isZero();
        assertThat(api.send("DELETE", "/api/staff/" + tech + "/time-off/" + id, catalogue.admin(), null, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void extraHoursAddAvailabilityOnOneDate() {
        UUID tech = catalogue.staffMember("Cynthia Lemay");
        ApiClient.Response added =
                api.post("/api/staff/" + tech + "/extra-hours", jwts.staff(tech), """
                {"branchId": "%s", "date": "2026-12-19", "starts": "10:00", "ends": "14:00"}""".formatted(branch));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("starts").asString()).isEqualTo("10:00");
        assertThat(api.get("/api/staff/" + tech + "/extra-hours", staff).json().size())
                .isEqualTo(1);

        ApiClient.Response unknownBranch =
                api.post("/api/staff/" + tech + "/extra-hours", catalogue.admin(), """
                {"branchId": "%s", "date": "2026-12-19", "starts": "10:00", "ends": "14:00"}""".formatted(UUID.randomUUID()));
        assertThat(unknownBranch.status()).isEqualTo(400);
        assertThat(errors(unknownBranch)).containsOnlyKeys("branchId");
    }

    private static List<String> ids(ApiClient.Response response) {
        return StreamSupport.stream(response.json().spliterator(), false)
                .map(node -> node.get("id").asString())
                .toList();
    }
}
